// The matching evaluation's data set, as people would write it: scenarios of listings with a known
// answer (a need and the offer that meets it, needs worth pooling, offers that together cover a
// need), kept as JSON in tools/eval/sets/ (read by sets.ts) and turned into an `industrivej/v1`
// exchange file with distractors by tools/eval/build.ts.
import type { ListingCategory } from '@/db/schema';

export type EvalLanguage = 'da' | 'en' | 'fi';
/** Where a scenario's firms are: Vestsjælland (Denmark) or Etelä-Pohjanmaa (Finland). */
export type EvalArea = 'dk' | 'fi';

export interface EvalSide {
  lang: EvalLanguage;
  category: ListingCategory;
  /** NACE codes of the firm that posts it. */
  nace: string[];
  title: string;
  description: string;
  quantity?: number;
  unit?: string;
}

export interface Lookalike extends EvalSide {
  kind: 'offer' | 'need';
  /** When the lookalike is, for other scenarios, a real answer (an injection moulder is a
   * lookalike for a plastic-welding need but an answer to an injection-moulding need). */
  topic?: string;
}

interface ScenarioBase {
  id: string;
  /** What the deal is about. Listings of another scenario with the same topic and the opposite
   * kind are acceptable answers (relevance 1): two welding shops both meet a welding need. */
  topic: string;
  area?: EvalArea;
  /** Listings that look alike (shared words, wrong thing or wrong category): relevance 0. */
  lookalikes?: Lookalike[];
}

export interface PairScenario extends ScenarioBase {
  type: 'pair';
  need: EvalSide;
  offer: EvalSide;
}

/** Needs for the same thing, better met together (joint purchase, a shared employee). */
export interface PoolingScenario extends ScenarioBase {
  type: 'pooling';
  needs: EvalSide[];
}

/** One need and offers that cover it only together. */
export interface BundlingScenario extends ScenarioBase {
  type: 'bundling';
  need: EvalSide;
  offers: EvalSide[];
}

export type Scenario = PairScenario | PoolingScenario | BundlingScenario;
