import { describe, expect, it } from 'vitest';
import { DISTRACTOR_KINDS, buildDataset } from '@/tools/eval/build';
import { loadScenarios } from '@/tools/eval/sets';
import { exchangeFileSchema } from '@/lib/exchange/schema';
import { naceByCode } from '@/lib/nace';

const today = '2026-06-01';
const DEV_SCENARIOS = loadScenarios('dev');
const halves = [
  { half: 'blind' as const, scenarios: loadScenarios('blind') },
  { half: 'dev' as const, scenarios: DEV_SCENARIOS },
  { half: 'heldout' as const, scenarios: loadScenarios('heldout') },
  { half: 'fresh' as const, scenarios: loadScenarios('fresh') },
];
const ds = buildDataset(halves, { today });

describe('evaluation data set', () => {
  it('is a valid exchange file with known NACE codes and unique refs', () => {
    expect(exchangeFileSchema.safeParse(ds.file).success).toBe(true);
    for (const c of ds.file.companies) for (const code of c.nace) expect(naceByCode(code), `${c.ref} ${code}`).toBeTruthy();
    expect(new Set(ds.file.listings.map((l) => l.ref)).size).toBe(ds.file.listings.length);
    expect(new Set(ds.file.companies.map((c) => c.ref)).size).toBe(ds.file.companies.length);
  });

  it('is deterministic for a date', () => {
    expect(JSON.stringify(buildDataset(halves, { today }).file)).toBe(JSON.stringify(ds.file));
  });

  it('plants at least 150 pairs plus pooling and bundling cases in da, fi and en, some across languages', () => {
    const all = halves.flatMap((h) => h.scenarios);
    const pairs = all.filter((s) => s.type === 'pair');
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((s) => s.type === 'pooling').length).toBeGreaterThanOrEqual(10);
    expect(all.filter((s) => s.type === 'bundling').length).toBeGreaterThanOrEqual(10);
    const langs = new Set(ds.file.listings.map((l) => l.language));
    expect([...langs].sort()).toEqual(['da', 'en', 'fi']);
    expect(pairs.filter((p) => p.need.lang !== p.offer.lang).length).toBeGreaterThan(40);
  });

  it('grades the planted partner 2 both ways, and pooling needs and bundle offers 2 to their need', () => {
    const pairScenario = DEV_SCENARIOS.find((s) => s.type === 'pair');
    const need = `ev-d-${pairScenario?.id}-need`;
    const offer = `ev-d-${pairScenario?.id}-offer`;
    expect(ds.relevance.get(need)?.get(offer)).toBe(2);
    expect(ds.relevance.get(offer)?.get(need)).toBe(2);
    const pool = DEV_SCENARIOS.find((s) => s.type === 'pooling');
    expect(ds.relevance.get(`ev-d-${pool?.id}-need1`)?.get(`ev-d-${pool?.id}-need2`)).toBe(2);
    const bundle = DEV_SCENARIOS.find((s) => s.type === 'bundling');
    expect(ds.relevance.get(`ev-d-${bundle?.id}-need`)?.get(`ev-d-${bundle?.id}-offer2`)).toBe(2);
  });

  it('adds every kind of distractor, none of them ever relevant to the source it targets', () => {
    const distractors = [...ds.listings.values()].filter((l) => l.role === 'distractor');
    expect(new Set(distractors.map((d) => d.distractor))).toEqual(new Set(DISTRACTOR_KINDS));
    const byRef = new Map(ds.file.listings.map((l) => [l.ref, l]));
    const graded = new Set([...ds.relevance.values()].flatMap((m) => [...m.keys()]));
    for (const d of distractors) {
      const l = byRef.get(d.ref);
      if (d.distractor === 'closed') expect(l?.status).toBe('closed');
      if (d.distractor === 'paused') expect(l?.status).toBe('paused');
      if (d.distractor === 'expired') expect(l?.availableUntil && l.availableUntil < today).toBe(true);
      if (d.distractor === 'facilitators') expect(l?.visibility).toBe('facilitators');
      if (d.distractor !== 'sameCompany') expect(graded.has(d.ref), d.ref).toBe(false);
    }
  });

  it('grades a need’s copy posted by another firm acceptable to the need where needs can be pooled, and only there', () => {
    const byRef = new Map(ds.file.listings.map((l) => [l.ref, l]));
    const copies = [...ds.listings.values()].filter((l) => l.distractor === 'sameCompany' && l.kind === 'need');
    let pooled = 0;
    for (const c of copies) {
      const original = [...ds.listings.values()].find((l) => l.role === 'scenario' && l.scenario === c.scenario && l.kind === 'need' && l.title === c.title);
      if (!original) continue;
      const poolable = ['purchasing', 'staff', 'collaboration', 'logistics'].includes(byRef.get(original.ref)?.category ?? '');
      expect(ds.relevance.get(original.ref)?.get(c.ref), c.ref).toBe(poolable ? 1 : undefined);
      if (poolable) pooled++;
    }
    expect(pooled).toBeGreaterThan(0);
  });

  it('never grades a listing of the source’s own firm', () => {
    const companyOf = new Map(ds.file.listings.map((l) => [l.ref, l.company]));
    const own = [...ds.relevance].flatMap(([source, m]) => [...m.keys()].filter((ref) => companyOf.get(ref) === companyOf.get(source)));
    expect(own).toEqual([]);
  });
});

describe('classes-2 and lookalikes', () => {
  const scenarios = loadScenarios('classes-2');
  const k = buildDataset([{ half: 'classes-2', scenarios }], { today });

  it('holds every failure class of issue 13, each scenario tagged by its id', () => {
    const classes = new Set([...k.listings.values()].filter((l) => l.role === 'scenario').map((l) => l.class));
    expect([...classes].sort()).toEqual(['baseline', 'cross-category', 'decoy', 'direct-first', 'generic', 'paraphrase', 'pooling', 'rules']);
    expect(exchangeFileSchema.safeParse(k.file).success).toBe(true);
  });

  it('grades a lookalike without a topic of its own 0 even for its own scenario, one with a topic 1', () => {
    const looks = [...k.listings.values()].filter((l) => l.role === 'lookalike');
    const own = (l: (typeof looks)[number]) => [...k.relevance].filter(([src]) => k.listings.get(src)?.scenario === l.scenario).map(([, m]) => m.get(l.ref));
    const withoutTopic = looks.filter((l) => l.topic.includes('#'));
    expect(withoutTopic.length).toBeGreaterThan(10);
    for (const l of withoutTopic) expect(own(l).filter(Boolean), l.ref).toEqual([]);
    const hamburg = looks.find((l) => l.scenario === 'd-hamburg-part');
    expect(own(hamburg!)).toContain(1);
  });

  it('places rule-breaking lookalikes as written: a window that misses, closed, far', () => {
    const byRef = new Map(k.file.listings.map((l) => [l.ref, l]));
    const need = byRef.get('ev-k-r-crane-window-need');
    expect(need?.availableFrom && need.availableFrom > today).toBe(true);
    const missed = byRef.get('ev-k-r-crane-window-look1');
    expect(missed?.availableFrom && need?.availableUntil && missed.availableFrom > need.availableUntil).toBe(true);
    expect(byRef.get('ev-k-r-crane-window-look2')?.status).toBe('closed');
    const farCo = k.file.companies.find((c) => c.ref === 'ev-k-r-sawmill-far-fi-look1-co');
    expect(farCo?.address.city).toBe('Vaasa');
  });
});
