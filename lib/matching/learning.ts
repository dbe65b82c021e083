import 'server-only';
// What a network taught the engine, loaded once and applied around rank(): its members' feedback
// (feedback.ts, a bounded factor per category pair) and its facilitator's vocabulary
// (vocabulary.ts, a rewrite of the texts before analysis). engine.ts and refresh.ts call
// rankLearned() where they called rank(); nothing else about the ranking changes.
import type { Db } from '@/db/client';
import { selectNetworkFeedback } from '@/db/queries/feedback';
import { selectVocabulary } from '@/db/queries/vocabulary';
import { feedbackAdjuster, feedbackFromRows, type NetworkFeedback } from './feedback';
import { rank, type RankOptions, type RankResult } from './rank';
import type { MatchListing } from './types';
import { mergeVocabularies, vocabularyRewriter, type NetworkVocabulary, type TextRewriter } from './vocabulary';

export interface NetworkLearning {
  feedback: NetworkFeedback;
  vocabulary: Map<string, NetworkVocabulary>;
  /** Rewriters by network set, built once per learning. */
  rewriters: Map<string, TextRewriter | undefined>;
}

/** For the given networks, or every network (a full refresh loads them once). */
export async function loadNetworkLearning(db: Db, networkIds?: readonly string[]): Promise<NetworkLearning> {
  const scope = networkIds ? { networkIds } : {};
  const [feedbackRows, entries] = await Promise.all([selectNetworkFeedback(db, scope), selectVocabulary(db, scope)]);
  const vocabulary = new Map<string, NetworkVocabulary>();
  for (const e of entries) {
    let v = vocabulary.get(e.networkId);
    if (!v) vocabulary.set(e.networkId, (v = { synonyms: [], stopWords: [] }));
    if (e.kind === 'stop') v.stopWords.push(...e.terms);
    else v.synonyms.push(e.terms);
  }
  return { feedback: feedbackFromRows(feedbackRows), vocabulary, rewriters: new Map() };
}

// Ranking one listing must stay at a few milliseconds, and the two aggregate queries cost ~10 ms
// on PGlite: a process keeps every network's learning (a few hundred rows) for LEARNING_TTL_MS,
// per database. A full refresh always reloads it (and replaces the kept copy), and a vocabulary
// change in this process forgets it, so a change shows on the next refresh; signals recorded in
// another process reach per-listing recomputations here within the TTL.
export const LEARNING_TTL_MS = 60_000;
const kept = new WeakMap<Db, { learning: NetworkLearning; loadedAt: number }>();

/** Every network's learning, reloaded (a full refresh) or as kept for a while (one listing). */
export async function networkLearning(db: Db, opts: { fresh?: boolean } = {}): Promise<NetworkLearning> {
  const hit = kept.get(db);
  if (!opts.fresh && hit && performance.now() - hit.loadedAt < LEARNING_TTL_MS) return hit.learning;
  const learning = await loadNetworkLearning(db);
  kept.set(db, { learning, loadedAt: performance.now() });
  return learning;
}

/** After a change to what a network taught: the next ranking in this process reloads it. */
export function forgetNetworkLearning(db: Db): void {
  kept.delete(db);
}

function rewriterFor(learning: NetworkLearning, networkIds: readonly string[]): TextRewriter | undefined {
  const key = [...networkIds].sort().join(',');
  if (!learning.rewriters.has(key)) {
    learning.rewriters.set(key, vocabularyRewriter(mergeVocabularies(networkIds.map((n) => learning.vocabulary.get(n)))));
  }
  return learning.rewriters.get(key);
}

/** rank() with the source's networks' feedback and vocabulary. The result holds the original
 * listings (the rewritten texts are only what the analysis saw). */
export function rankLearned(
  learning: NetworkLearning,
  source: MatchListing & { networkIds: readonly string[] },
  candidates: readonly MatchListing[],
  opts: RankOptions,
): RankResult {
  const feedback = feedbackAdjuster(learning.feedback, source);
  const rewrite = rewriterFor(learning, source.networkIds);
  if (!rewrite) return rank(source, candidates, { ...opts, feedback });
  const originals = new Map(candidates.map((c) => [c.id, c]));
  const reword = <L extends MatchListing>(l: L): L => ({ ...l, title: rewrite(l.title), description: rewrite(l.description) });
  const result = rank(reword(source), candidates.map(reword), { ...opts, feedback });
  const back = (l: MatchListing) => originals.get(l.id) ?? l;
  for (const m of result.matches) m.listing = back(m.listing);
  for (const g of [...result.pooling, ...result.bundles]) g.listings = g.listings.map(back);
  return result;
}
