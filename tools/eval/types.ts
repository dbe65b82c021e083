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
  /** Availability window as days from the evaluation's today ([from, until]); none = open-ended. */
  window?: [number, number];
}

export interface Lookalike extends EvalSide {
  kind: 'offer' | 'need';
  /** When the lookalike is, for other scenarios, a real answer (an injection moulder is a
   * lookalike for a plastic-welding need but an answer to an injection-moulding need). */
  topic?: string;
  /** A lookalike that breaks a hard rule: not open, hidden from the source's firm, or far away.
   * Its window (EvalSide.window) may also miss the source's. */
  status?: 'open' | 'paused' | 'closed';
  visibility?: 'public' | 'network' | 'facilitators';
  where?: 'near' | 'far' | 'other';
}

/** The failure classes of issue 13 (as the blind sets' keys name them). */
export type EvalClass = 'baseline' | 'cross-category' | 'paraphrase' | 'generic' | 'decoy' | 'direct-first' | 'pooling' | 'rules';

interface ScenarioBase {
  id: string;
  /** Which class the scenario tests; without it, read from the id's prefix (classOf in build.ts). */
  class?: EvalClass;
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
