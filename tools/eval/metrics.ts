// Ranking quality measures over graded relevance (2 = the planted partner, 1 = acceptable,
// 0 = not relevant), and the hard-rule check of suggestions against the exchange file itself (not
// the database): an independent statement of who may be suggested to whom.
import type { ExchangeFile } from '@/lib/exchange/schema';

const gain = (g: number) => 2 ** g - 1;

/** Discounted cumulative gain of the first k grades. */
export function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
}

/** nDCG@k: the ranking's DCG over the best possible one given every relevant listing's grade. */
export function ndcgAt(ranked: readonly number[], allGrades: readonly number[], k: number): number {
  const ideal = dcg(
    [...allGrades].filter((g) => g > 0).sort((a, b) => b - a),
    k,
  );
  return ideal > 0 ? dcg(ranked, k) / ideal : 0;
}

export interface SourceScore {
  ndcg5: number;
  /** The first suggestion is relevant (grade ≥ 1). */
  p1: number;
  /** Share of the planted partners (grade 2) in the top 5 (out of at most 5). */
  recall5: number;
  /** 1 / rank of the first planted partner, 0 when not in the list. */
  mrr: number;
}

export function scoreSource(rankedRefs: readonly string[], relevance: ReadonlyMap<string, number>): SourceScore {
  const grades = rankedRefs.map((r) => relevance.get(r) ?? 0);
  const planted = [...relevance.values()].filter((g) => g === 2).length;
  const found = grades.slice(0, 5).filter((g) => g === 2).length;
  const first = grades.findIndex((g) => g === 2);
  return {
    ndcg5: ndcgAt(grades, [...relevance.values()], 5),
    p1: (grades[0] ?? 0) >= 1 ? 1 : 0,
    recall5: planted ? found / Math.min(5, planted) : 0,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
  };
}

export interface Figures {
  sources: number;
  ndcg5: number;
  p1: number;
  recall5: number;
  mrr: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function average(scores: readonly SourceScore[]): Figures {
  const n = scores.length;
  const mean = (k: keyof SourceScore) => (n ? round(scores.reduce((s, x) => s + x[k], 0) / n) : 0);
  return { sources: n, ndcg5: mean('ndcg5'), p1: mean('p1'), recall5: mean('recall5'), mrr: mean('mrr') };
}

export type ViolationKind = 'notOpen' | 'expired' | 'sameCompany' | 'invisible' | 'tooFar' | 'windowMissed' | 'wrongKind' | 'unknown';

export interface Violation {
  source: string;
  suggestion: string;
  kinds: ViolationKind[];
}

function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Every rule a suggestion may break, judged from the file: the suggested listing must be open and
 * not past its window, of another firm, visible to the source's firm (public; network-only when
 * the two firms share a network; never facilitators-only) and within twice the largest radius of
 * the source firm's networks; an offer for a need or a need for a need (pooling), never an offer for
 * an offer; and when both state an availability window, the windows must meet (an offer that
 * starts after the need is over cannot answer it). `today` is YYYY-MM-DD.
 */
export function checkSuggestions(file: ExchangeFile, output: Record<string, { listing: string }[]>, today: string): Violation[] {
  const listings = new Map(file.listings.map((l) => [l.ref, l]));
  const companies = new Map(file.companies.map((c) => [c.ref, c]));
  const radius = new Map(file.networks.map((n) => [n.ref, n.radiusKm]));
  const violations: Violation[] = [];
  for (const [sourceRef, suggestions] of Object.entries(output)) {
    const source = listings.get(sourceRef);
    const sourceCo = source && companies.get(source.company);
    for (const s of suggestions) {
      const cand = listings.get(s.listing);
      const candCo = cand && companies.get(cand.company);
      if (!source || !sourceCo || !cand || !candCo) {
        violations.push({ source: sourceRef, suggestion: s.listing, kinds: ['unknown'] });
        continue;
      }
      const kinds: ViolationKind[] = [];
      if (cand.status !== 'open') kinds.push('notOpen');
      if (cand.availableUntil && cand.availableUntil < today) kinds.push('expired');
      if (cand.company === source.company) kinds.push('sameCompany');
      if (cand.kind === 'offer' && source.kind === 'offer') kinds.push('wrongKind');
      const bounded = (l: typeof cand) => Boolean(l.availableFrom || l.availableUntil);
      if (bounded(source) && bounded(cand)) {
        const [s0, s1, c0, c1] = [source.availableFrom ?? '0000', source.availableUntil ?? '9999', cand.availableFrom ?? '0000', cand.availableUntil ?? '9999'];
        if (s1 < c0 || c1 < s0) kinds.push('windowMissed');
      }
      const shared = candCo.networks.some((n) => sourceCo.networks.includes(n));
      if (cand.visibility === 'facilitators' || (cand.visibility === 'network' && !shared)) kinds.push('invisible');
      const from = source.location ?? sourceCo.location;
      const to = cand.location ?? candCo.location;
      const maxRadius = Math.max(0, ...sourceCo.networks.map((n) => radius.get(n) ?? 0));
      if (from && to && maxRadius > 0 && haversineKm(from, to) > 2 * maxRadius + 0.5) kinds.push('tooFar');
      if (kinds.length) violations.push({ source: sourceRef, suggestion: s.listing, kinds });
    }
  }
  return violations;
}
