// Which listings can make a deal together, and how. Three shapes (MATCH_TYPES in db/schema.ts):
//  - pair:     an offer meets a need, in any category: the category is a prior (1 for the same,
//              the documented weight of a compatible pair in COMPATIBLE below, CROSS_CATEGORY_PRIOR
//              for any other), and the texts decide (score.ts: an unlisted pair needs real shared
//              text). Firms file inconsistently: the bindery lending a folder posts under
//              equipment, the print shop that needs one under capacity;
//  - pooling:  needs that are better met together than apart (POOLING_CATEGORIES);
//  - bundling: several offers whose quantities together cover one need none covers alone
//              (BUNDLING_CATEGORIES).
// Two offers never pair (nobody asked for anything), and a need never pairs with a need outside
// the pooling categories (two firms needing premises compete rather than cooperate).
import type { ListingCategory } from '@/db/schema';
import type { MatchListing } from './types';

export type PairType = 'pair' | 'pooling' | 'bundling';

/** Cross-category compatibilities (symmetric), each with why it is a real deal between firms.
 * The same category is always 1; anything not listed is CROSS_CATEGORY_PRIOR. The listed pairs are
 * also the categories the candidate stage's distance walk preselects (walkCompatible); listings of
 * other categories reach the ranking through the text candidate source. */
const COMPATIBLE: [ListingCategory, ListingCategory, number, string][] = [
  ['equipment', 'capacity', 0.7, 'machine hours are sold either as capacity (with operator) or by lending the machine'],
  ['competence', 'staff', 0.7, 'a specialist lent for some hours covers a staffing need, and vice versa'],
  ['capacity', 'collaboration', 0.6, 'spare capacity is what a subcontractor brings to a consortium or joint project'],
  ['premises', 'logistics', 0.6, 'storage space appears as premises (a hall) or as logistics (pallet places)'],
  ['materials', 'purchasing', 0.6, 'surplus material on offer meets a firm that needs to buy that material'],
  ['capacity', 'competence', 0.4, 'know-how is often delivered as hours of work'],
  ['logistics', 'materials', 0.4, 'a material need often includes getting it delivered; transport offers carry materials'],
  ['competence', 'collaboration', 0.4, 'a consortium for a tender needs the competences its members lack'],
  ['equipment', 'premises', 0.3, 'a workshop is often rented with its machines'],
  ['capacity', 'staff', 0.5, 'spare hands are offered as capacity (two fitters free next month) or as staff'],
  ['equipment', 'logistics', 0.4, 'a lorry with a crane, a forklift or a trailer moves goods: equipment with a driver is transport'],
  ['capacity', 'premises', 0.4, 'special rooms sell their capacity: a cold store freezes a batch, a drying or paint room takes a job'],
  ['equipment', 'purchasing', 0.5, 'a firm that needs to buy a machine or tools meets a firm selling its own'],
  ['logistics', 'purchasing', 0.4, 'joint purchasing of freight or transport meets hauliers offering it'],
  ['competence', 'purchasing', 0.3, 'a purchase often comes with the supplier’s service: computers delivered and set up, a system installed'],
];

const table = new Map<string, number>();
for (const [a, b, w] of COMPATIBLE) {
  table.set(`${a}|${b}`, w);
  table.set(`${b}|${a}`, w);
}

/** The prior of an offer and a need in categories that are not listed as compatible: low, so that
 * only text that clearly fits lifts such a pair (surplus heat under materials for a greenhouse's
 * need under purchasing), but never a wall. */
export const CROSS_CATEGORY_PRIOR = 0.3;

/** 0–1: how likely an offer in one category meets a need in the other, before reading the texts. */
export function compatibility(a: ListingCategory, b: ListingCategory): number {
  if (a === b) return 1;
  return table.get(`${a}|${b}`) ?? CROSS_CATEGORY_PRIOR;
}

/** Whether the pair is the same category or a listed compatible one: what the distance walk
 * preselects. */
export function walkCompatible(a: ListingCategory, b: ListingCategory): boolean {
  return a === b || table.has(`${a}|${b}`);
}

/** The justification of a compatibility, for documentation and debugging. */
export function compatibilityReason(a: ListingCategory, b: ListingCategory): string | undefined {
  return COMPATIBLE.find(([x, y]) => (x === a && y === b) || (x === b && y === a))?.[3];
}

/** Needs that are worth pooling: joint purchasing (volume discounts on steel, electricity), a
 * shared employee (two half-time needs make one job), a consortium (a tender none can bid for
 * alone) and shared transport (two half loads make one truck). Same category only. */
export const POOLING_CATEGORIES: ReadonlySet<ListingCategory> = new Set(['purchasing', 'staff', 'collaboration', 'logistics']);

/** Needs whose quantity can be split across several suppliers: machine hours, transport, material,
 * storage/premises space, staff hours, equipment hours. Not competence (one expert answers) or
 * collaboration (a partner, not a quantity). */
export const BUNDLING_CATEGORIES: ReadonlySet<ListingCategory> = new Set([
  'capacity',
  'logistics',
  'materials',
  'premises',
  'staff',
  'equipment',
  'purchasing',
]);

type Side = Pick<MatchListing, 'kind' | 'category'>;

/** How two listings can go together (possibly several ways), best first; empty = never. */
export function pairTypesFor(a: Side, b: Side): PairType[] {
  if (a.kind !== b.kind) {
    const offer = a.kind === 'offer' ? a : b;
    const need = a.kind === 'offer' ? b : a;
    const c = compatibility(offer.category, need.category);
    if (c <= 0) return [];
    // A bundle is made of offers of the need's own category or a compatible one.
    return BUNDLING_CATEGORIES.has(need.category) ? ['pair', 'bundling'] : ['pair'];
  }
  if (a.kind === 'need' && a.category === b.category && POOLING_CATEGORIES.has(a.category)) return ['pooling'];
  return [];
}

/** Category component of a candidate for the source: the compatibility for offer/need, 1 for a
 * pooling partner (same category by definition), 0 when they cannot go together. */
export function categoryScore(a: Side, b: Side): number {
  const types = pairTypesFor(a, b);
  if (!types.length) return 0;
  return types[0] === 'pooling' ? 1 : compatibility(a.category, b.category);
}

export interface CandidateFilter {
  kind: 'offer' | 'need';
  categories: ListingCategory[];
}

/** What the distance walk should preselect for a source listing: the kinds and the same or listed
 * compatible categories (the likely partners, nearest first). Any other category reaches the
 * ranking through the text candidate source (db/queries/matching.ts), which takes the other kind
 * in every category. */
export function candidateFilters(source: Side, categories: readonly ListingCategory[]): CandidateFilter[] {
  const other = source.kind === 'offer' ? 'need' : 'offer';
  const filters: CandidateFilter[] = [{ kind: other, categories: categories.filter((c) => walkCompatible(source.category, c)) }];
  if (source.kind === 'need' && POOLING_CATEGORIES.has(source.category)) filters.push({ kind: 'need', categories: [source.category] });
  return filters.filter((f) => f.categories.length > 0);
}
