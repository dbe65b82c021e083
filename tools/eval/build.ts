// Turns evaluation scenarios into an `industrivej/v1` exchange file plus its answer key. Every
// firm gets a place in its area (Vestsjælland or Etelä-Pohjanmaa), and every scenario gets
// distractors: copies of its partner that must never be suggested (closed, paused, expired, posted
// by the source's own firm, too far away, facilitators-only, network-only in another network) and
// its hand-written lookalikes. Deterministic: the same scenarios and date give the same file.
import type { ExchangeCompany, ExchangeFile, ExchangeListing, ExchangeNetwork } from '@/lib/exchange/schema';
import type { EvalArea, EvalClass, EvalLanguage, EvalSide, Scenario } from './types';

/** The project's own sets (tools/eval/sets/<half>.json); `classes` holds the failure classes of issue 13. */
export type Half = 'dev' | 'heldout' | 'fresh' | 'blind' | 'classes' | 'classes-2';
export type DistractorKind = 'closed' | 'paused' | 'expired' | 'sameCompany' | 'far' | 'facilitators' | 'otherNetwork';
export const DISTRACTOR_KINDS: DistractorKind[] = ['closed', 'paused', 'expired', 'sameCompany', 'far', 'facilitators', 'otherNetwork'];

/** What the evaluation knows about one listing of the file. */
export interface ListingTruth {
  ref: string;
  half: Half;
  scenario: string;
  type: Scenario['type'];
  /** The failure class the scenario tests (classOf). */
  class: EvalClass;
  topic: string;
  area: EvalArea;
  kind: 'offer' | 'need';
  lang: EvalLanguage;
  title: string;
  role: 'scenario' | 'lookalike' | 'distractor';
  distractor?: DistractorKind;
}

export interface EvalDataset {
  file: ExchangeFile;
  listings: Map<string, ListingTruth>;
  /** Source ref → candidate ref → graded relevance (2 planted partner, 1 acceptable). */
  relevance: Map<string, Map<string, number>>;
}

interface AreaDef {
  network: ExchangeNetwork;
  other: ExchangeNetwork;
  country: 'DK' | 'FI';
  postcode: string;
  city: string;
  /** A place inside the network but beyond twice its radius from everyone else. */
  far: { lat: number; lng: number; postcode: string; city: string };
}

const AREAS: Record<EvalArea, AreaDef> = {
  dk: {
    network: { ref: 'eval-dk', name: 'Industrivej Vestsjælland (eval)', country: 'DK', locale: 'da', center: { lat: 55.6664, lng: 11.6185 }, radiusKm: 25 },
    other: { ref: 'eval-dk-other', name: 'Erhvervsnetværk Midtsjælland (eval)', country: 'DK', locale: 'da', center: { lat: 55.52, lng: 11.7 }, radiusKm: 25 },
    country: 'DK',
    postcode: '4300',
    city: 'Holbæk',
    far: { lat: 55.3959, lng: 10.3883, postcode: '5000', city: 'Odense' },
  },
  fi: {
    network: {
      ref: 'eval-fi',
      name: 'Etelä-Pohjanmaan yritysverkosto (eval)',
      country: 'FI',
      locale: 'fi',
      center: { lat: 62.7903, lng: 22.8403 },
      radiusKm: 30,
    },
    other: { ref: 'eval-fi-other', name: 'Järviseudun yrittäjät (eval)', country: 'FI', locale: 'fi', center: { lat: 62.95, lng: 23.0 }, radiusKm: 30 },
    country: 'FI',
    postcode: '60100',
    city: 'Seinäjoki',
    far: { lat: 63.8267, lng: 20.2593, postcode: '65100', city: 'Vaasa' },
  },
};

/** Small deterministic PRNG (mulberry32) seeded from a string. */
function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A point `maxKm` or less from the centre (uniform over the disc). */
function near(center: { lat: number; lng: number }, maxKm: number, rnd: () => number) {
  const r = maxKm * Math.sqrt(rnd());
  const a = 2 * Math.PI * rnd();
  const dLat = (r * Math.cos(a)) / 111.32;
  const dLng = (r * Math.sin(a)) / (111.32 * Math.cos((center.lat * Math.PI) / 180));
  return { lat: Math.round((center.lat + dLat) * 1e5) / 1e5, lng: Math.round((center.lng + dLng) * 1e5) / 1e5 };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const SUFFIX: Record<EvalLanguage, string> = { da: 'ApS', en: 'Ltd', fi: 'Oy' };
const companyName = (topic: string, role: string, lang: EvalLanguage) =>
  `${topic
    .split('-')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ')} ${role} ${SUFFIX[lang]}`;

/** Topics close enough that one's listings acceptably answer the other's (relevance 1). */
const TOPIC_FAMILIES: Record<string, string> = {
  pallets: 'pallets',
  'pallets-bulk': 'pallets',
  warehouse: 'dry-storage',
  'pallet-storage': 'dry-storage',
  'tyre-storage': 'dry-storage',
  'storage-space': 'dry-storage',
  'unheated-storage': 'dry-storage',
  'cardboard-boxes': 'cardboard',
  'joint-cardboard': 'cardboard',
  welding: 'welding',
  'welding-hours': 'welding',
  'welder-loan': 'welding',
  'pallet-transport-fi': 'pallet-freight-fi',
  'freight-capacity-fi': 'pallet-freight-fi',
};

const CLASS_PREFIXES: Record<string, EvalClass> = {
  b: 'baseline',
  c: 'cross-category',
  p: 'paraphrase',
  g: 'generic',
  i: 'decoy',
  d: 'direct-first',
  o: 'pooling',
  r: 'rules',
};

/** The scenario's failure class: as written, else from its id's prefix ("c-folder" → cross-category),
 * else by its type (the sets written before the classes: baseline pairs, pooling). */
export function classOf(s: Scenario): EvalClass {
  if (s.class) return s.class;
  const prefix = /^([a-z])-/.exec(s.id)?.[1];
  if (prefix && CLASS_PREFIXES[prefix]) return CLASS_PREFIXES[prefix];
  return s.type === 'pooling' ? 'pooling' : 'baseline';
}

export function areaOf(s: Scenario): EvalArea {
  if (s.area) return s.area;
  const first = s.type === 'pooling' ? s.needs[0] : s.need;
  return first?.lang === 'fi' ? 'fi' : 'dk';
}

export interface BuildOptions {
  /** Today as YYYY-MM-DD: windows and expiry are placed around it so the file stays valid. */
  today: string;
  /** Prefix of every ref, so both halves can live in one database. */
  prefix?: string;
}

export function buildDataset(halves: { half: Half; scenarios: Scenario[] }[], opts: BuildOptions): EvalDataset {
  const prefix = opts.prefix ?? 'ev';
  const companies: ExchangeCompany[] = [];
  const listings: ExchangeListing[] = [];
  const truth = new Map<string, ListingTruth>();
  const relevance = new Map<string, Map<string, number>>();
  const usedAreas = new Set<EvalArea>();

  const addCompany = (ref: string, area: EvalArea, lang: EvalLanguage, nace: string[], name: string, where: 'near' | 'far' | 'other', rnd: () => number) => {
    const a = AREAS[area];
    const location = where === 'far' ? near(a.far, 3, rnd) : near(a.network.center, where === 'other' ? 12 : 16, rnd);
    companies.push({
      ref,
      name,
      country: a.country,
      nace,
      address: { postcode: where === 'far' ? a.far.postcode : a.postcode, city: where === 'far' ? a.far.city : a.city },
      location,
      languages: [lang],
      networks: [where === 'other' ? a.other.ref : a.network.ref],
    });
    return ref;
  };

  const copies: { copy: string; original: string; company: string }[] = [];
  let listingNo = 0;
  const addListing = (
    ref: string,
    company: string,
    kind: 'offer' | 'need',
    sd: EvalSide,
    extra: Partial<ExchangeListing>,
    t: Omit<ListingTruth, 'ref' | 'kind' | 'lang' | 'title'>,
  ) => {
    listingNo++;
    listings.push({
      ref,
      company,
      kind,
      category: sd.category,
      title: sd.title,
      description: sd.description,
      ...(sd.quantity !== undefined ? { quantity: sd.quantity } : {}),
      ...(sd.unit !== undefined ? { unit: sd.unit } : {}),
      visibility: listingNo % 3 === 0 ? 'public' : 'network',
      status: 'open',
      language: sd.lang,
      ...extra,
    });
    truth.set(ref, { ref, kind, lang: sd.lang, title: sd.title, ...t });
    return ref;
  };

  const grade = (source: string, target: string, g: number) => {
    const m = relevance.get(source) ?? new Map<string, number>();
    m.set(target, Math.max(m.get(target) ?? 0, g));
    relevance.set(source, m);
  };

  for (const { half, scenarios } of halves) {
    scenarios.forEach((sc, index) => {
      const area = areaOf(sc);
      usedAreas.add(area);
      const rnd = random(`${half}|${sc.id}`);
      const base = `${prefix}-${half === 'classes-2' ? 'k' : half[0]}-${sc.id}`;
      const t = { half, scenario: sc.id, type: sc.type, class: classOf(sc), topic: sc.topic, area };
      const windowOf = (sd: EvalSide): Partial<ExchangeListing> =>
        sd.window ? { availableFrom: addDays(opts.today, sd.window[0]), availableUntil: addDays(opts.today, sd.window[1]) } : {};
      const members: { ref: string; company: string; kind: 'offer' | 'need'; side: EvalSide }[] = [];
      const member = (suffix: string, kind: 'offer' | 'need', sd: EvalSide, window?: Partial<ExchangeListing>) => {
        const company = addCompany(`${base}-${suffix}-co`, area, sd.lang, sd.nace, companyName(sc.topic, suffix, sd.lang), 'near', rnd);
        const ref = addListing(`${base}-${suffix}`, company, kind, sd, sd.window ? windowOf(sd) : (window ?? {}), { ...t, role: 'scenario' });
        members.push({ ref, company, kind, side: sd });
        return members[members.length - 1]!;
      };

      if (sc.type === 'pair') {
        // Some scenarios carry availability windows that overlap, as real ones do.
        const w = index % 5;
        const needWindow = w === 0 ? { availableFrom: addDays(opts.today, 7), availableUntil: addDays(opts.today, 120) } : {};
        const offerWindow = w === 0 || w === 1 ? { availableFrom: addDays(opts.today, -20), availableUntil: addDays(opts.today, 200) } : {};
        const need = member('need', 'need', sc.need, needWindow);
        const offer = member('offer', 'offer', sc.offer, offerWindow);
        grade(need.ref, offer.ref, 2);
        grade(offer.ref, need.ref, 2);
        distractor(offer, need, DISTRACTOR_KINDS[index % DISTRACTOR_KINDS.length]!, 'a');
        distractor(need, offer, DISTRACTOR_KINDS[(index + 3) % DISTRACTOR_KINDS.length]!, 'b');
      } else if (sc.type === 'pooling') {
        const needs = sc.needs.map((sd, i) => member(`need${i + 1}`, 'need', sd));
        for (const a of needs) for (const b of needs) if (a !== b) grade(a.ref, b.ref, 2);
        if (needs[0] && needs[1]) distractor(needs[1], needs[0], DISTRACTOR_KINDS[index % DISTRACTOR_KINDS.length]!, 'a');
      } else {
        const need = member('need', 'need', sc.need);
        const offers = sc.offers.map((sd, i) => member(`offer${i + 1}`, 'offer', sd));
        for (const o of offers) {
          grade(need.ref, o.ref, 2);
          grade(o.ref, need.ref, 2);
        }
        if (offers[0]) distractor(offers[0], need, DISTRACTOR_KINDS[index % DISTRACTOR_KINDS.length]!, 'a');
      }

      (sc.lookalikes ?? []).forEach((l, i) => {
        const company = addCompany(`${base}-look${i + 1}-co`, area, l.lang, l.nace, companyName(sc.topic, `look${i + 1}`, l.lang), l.where ?? 'near', rnd);
        const extra: Partial<ExchangeListing> = {
          ...windowOf(l),
          ...(l.status ? { status: l.status } : {}),
          ...(l.visibility ? { visibility: l.visibility } : {}),
        };
        // A lookalike without a topic of its own answers nothing (relevance 0), not even its own
        // scenario's topic: it gets a topic no other listing has.
        addListing(`${base}-look${i + 1}`, company, l.kind, l, extra, { ...t, topic: l.topic ?? `${sc.topic}#look${i + 1}`, role: 'lookalike' });
      });

      /** A copy of `copy` that `against` must never be offered, for the given reason. */
      function distractor(copy: (typeof members)[number], against: (typeof members)[number], kind: DistractorKind, tag: string) {
        const ref = `${base}-x${tag}-${kind}`;
        const company =
          kind === 'sameCompany'
            ? against.company
            : addCompany(
                `${ref}-co`,
                area,
                copy.side.lang,
                copy.side.nace,
                companyName(sc.topic, `x${tag}`, copy.side.lang),
                kind === 'far' ? 'far' : kind === 'otherNetwork' ? 'other' : 'near',
                rnd,
              );
        const extra: Partial<ExchangeListing> =
          kind === 'closed'
            ? { status: 'closed' }
            : kind === 'paused'
              ? { status: 'paused' }
              : kind === 'expired'
                ? { availableFrom: addDays(opts.today, -120), availableUntil: addDays(opts.today, -10) }
                : kind === 'facilitators'
                  ? { visibility: 'facilitators' }
                  : kind === 'otherNetwork'
                    ? { visibility: 'network' }
                    : kind === 'far'
                      ? { visibility: 'public' }
                      : {};
        addListing(ref, company, copy.kind, copy.side, extra, { ...t, role: 'distractor', distractor: kind });
        // Posted by the source's own firm, the copy is a real listing for everybody else.
        if (kind === 'sameCompany') copies.push({ copy: ref, original: copy.ref, company });
      }
    });
  }

  // Acceptable answers: another scenario's listing (or a lookalike given that topic) about the same
  // topic or topic family in the same area, of the opposite kind, or two needs that can be pooled.
  const category = new Map(listings.map((l) => [l.ref, l.category]));
  const poolable = new Set(['purchasing', 'staff', 'collaboration', 'logistics']);
  const candidates = [...truth.values()].filter((l) => l.role === 'scenario' || (l.role === 'lookalike' && l.topic !== undefined));
  const byTopic = new Map<string, ListingTruth[]>();
  for (const l of candidates) {
    const key = `${l.half}|${l.area}|${TOPIC_FAMILIES[l.topic] ?? l.topic}`;
    byTopic.set(key, [...(byTopic.get(key) ?? []), l]);
  }
  for (const group of byTopic.values()) {
    for (const a of group) {
      if (a.role !== 'scenario') continue;
      for (const b of group) {
        if (a.ref === b.ref || (a.scenario === b.scenario && b.role === 'scenario')) continue;
        const ca = category.get(a.ref);
        const ok = a.kind !== b.kind || (a.kind === 'need' && ca === category.get(b.ref) && poolable.has(ca ?? ''));
        if (ok) grade(a.ref, b.ref, 1);
      }
    }
  }
  const companyOf = new Map(listings.map((l) => [l.ref, l.company]));
  for (const { copy, original, company } of copies) {
    for (const [source, m] of relevance) {
      const g = m.get(original);
      if (g && companyOf.get(source) !== company) grade(source, copy, 1);
    }
    // For the original itself the copy is another firm needing the very same thing: where needs
    // can be pooled (a shared operator, a joint booth), a partner to team up with, as the rule for
    // acceptable answers above says of any two such needs about one topic.
    if (truth.get(original)?.kind === 'need' && poolable.has(category.get(original) ?? '')) grade(original, copy, 1);
  }

  const networks = [...usedAreas].flatMap((a) => [AREAS[a].network, AREAS[a].other]);
  return { file: { format: 'industrivej/v1', networks, companies, listings }, listings: truth, relevance };
}
