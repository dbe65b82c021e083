// A slice of `npm run eval:match` as a regression test: 30 planted pairs, two pooling groups and
// two bundles with their distractors go through the real importer and the real
// `matches --json --top 5` on a fresh database; the ranking must stay good and never break a
// hard rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { buildDataset, type EvalDataset } from '@/tools/eval/build';
import { runEvaluation, summarizeRun, type EvalRun } from '@/tools/eval/run';
import { loadScenarios } from '@/tools/eval/sets';
import { createTestDb } from './helpers/db';

const today = new Date().toISOString().slice(0, 10);
const DEV_SCENARIOS = loadScenarios('dev');
const slice = [
  ...DEV_SCENARIOS.filter((s) => s.type === 'pair').slice(0, 30),
  ...DEV_SCENARIOS.filter((s) => s.type === 'pooling').slice(0, 2),
  ...DEV_SCENARIOS.filter((s) => s.type === 'bundling').slice(0, 2),
];

let handle: DbHandle;
let dataset: EvalDataset;
let run: EvalRun;

beforeAll(async () => {
  handle = await createTestDb();
  dataset = buildDataset([{ half: 'dev', scenarios: slice }], { today });
  run = await runEvaluation(handle, dataset, { today });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe('matching quality on an evaluation slice (importer + matches CLI)', () => {
  it('ranks every source listing that has a planted partner', () => {
    const summary = summarizeRun(run, dataset);
    // 30 pairs both ways, 2 × (2–3) pooled needs, 2 bundles of a need and two offers both ways.
    expect(summary.sources).toBeGreaterThanOrEqual(70);
    expect(Object.keys(run.output).length).toBeGreaterThan(summary.sources);
  });

  it('keeps nDCG@5 at or above 0.9, with the planted partner in the top 5 almost always', () => {
    const summary = summarizeRun(run, dataset);
    expect(summary.ndcg5).toBeGreaterThanOrEqual(0.9);
    expect(summary.recall5).toBeGreaterThanOrEqual(0.95);
    // pooling and bundling keep working (few sources each, so a looser bound)
    expect(summary.halves.dev?.byType.pooling?.ndcg5).toBeGreaterThanOrEqual(0.75);
    expect(summary.halves.dev?.byType.bundling?.ndcg5).toBeGreaterThanOrEqual(0.75);
  });

  it('never suggests a closed, paused, expired, own, hidden or out-of-reach listing', () => {
    const kinds = new Set([...dataset.listings.values()].map((l) => l.distractor).filter(Boolean));
    expect(kinds.size).toBe(7);
    expect(run.violations).toEqual([]);
    const distractorRefs = new Set([...dataset.listings.values()].filter((l) => l.role === 'distractor' && l.distractor !== 'sameCompany').map((l) => l.ref));
    // (far-away copies may meet each other over there: only the scenario sources are checked here)
    for (const r of run.sources) for (const m of r.suggestions) expect(distractorRefs.has(m.listing), `${r.source.ref} → ${m.listing}`).toBe(false);
  });
});
