// Sector complementarity between two firms' NACE codes. Supplier/customer links between NACE
// divisions (two digits) are an explicit, small table of value chains typical for a Danish or
// Finnish industrial area; firms in different sections (C manufacturing vs H transport…) also
// get a small bonus because diverse neighbours trade more than identical ones, which mostly
// compete. Unknown codes score neutral.

/** Divisions that supply (or buy from) each other, with why. Symmetric. */
const LINKS: [string, string[], string][] = [
  ['25', ['28', '29', '30', '33', '43', '27', '24', '31'], 'metal products go into machines, vehicles, buildings; 24 supplies the metal'],
  ['22', ['25', '28', '29', '10', '11', '20', '27'], 'plastic parts go into machines and packaging for food/drink; 20 supplies the polymer'],
  ['16', ['31', '41', '43', '17'], 'wood into furniture and construction; sawmill residue into paper'],
  ['10', ['17', '22', '01', '03', '11', '56', '46'], 'food needs packaging (paper 17, plastic 22), raw produce, catering and wholesale'],
  ['28', ['33', '27', '26', '24'], 'machines need repair/installation (33), electrical (27) and electronic (26) parts'],
  ['23', ['41', '42', '43'], 'concrete, glass and stone go into construction'],
  ['13', ['14', '31'], 'textiles into clothing and upholstery'],
  ['38', ['24', '22', '16', '25'], 'waste and recycling feed metal, plastic and wood producers'],
];
/** Divisions every other business buys from: transport, warehousing, wholesale, IT, accounting,
 * consultancy, engineering, staffing, office services, cleaning, repair, training. */
const SERVES_ALL = new Set(['49', '52', '46', '62', '63', '69', '70', '71', '73', '74', '78', '82', '81', '33', '85', '77']);

/** Links between groups (three digits) inside one division: finishing and machining shops (25.6)
 * and forges (25.5) work for the other metal-product makers; sawmills (16.1) for joinery (16.2). */
const GROUP_LINKS: [string, string[]][] = [
  ['25.6', ['25.1', '25.2', '25.3', '25.5', '25.7', '25.9']],
  ['25.5', ['25.1', '25.7', '25.9']],
  ['16.1', ['16.2']],
  ['22.1', ['22.2']],
];
const groupLinked = new Set(GROUP_LINKS.flatMap(([a, bs]) => bs.flatMap((b) => [`${a}|${b}`, `${b}|${a}`])));
const group = (code: string) => code.slice(0, 4);

const linked = new Map<string, Set<string>>();
for (const [a, bs] of LINKS) {
  for (const b of bs) {
    (linked.get(a) ?? linked.set(a, new Set()).get(a))?.add(b);
    (linked.get(b) ?? linked.set(b, new Set()).get(b))?.add(a);
  }
}

const division = (code: string) => code.replace(/[^0-9]/g, '').slice(0, 2);
/** NACE section letter from the division number (NACE Rev. 2 ranges). */
function section(div: string): string {
  const n = Number(div);
  const ranges: [number, string][] = [
    [3, 'A'],
    [9, 'B'],
    [33, 'C'],
    [35, 'D'],
    [39, 'E'],
    [43, 'F'],
    [47, 'G'],
    [53, 'H'],
    [56, 'I'],
    [63, 'J'],
    [66, 'K'],
    [68, 'L'],
    [75, 'M'],
    [82, 'N'],
    [84, 'O'],
    [85, 'P'],
    [88, 'Q'],
    [93, 'R'],
    [96, 'S'],
    [98, 'T'],
    [99, 'U'],
  ];
  return ranges.find(([max]) => n <= max)?.[1] ?? '?';
}

export type SectorRelation = 'valueChain' | 'service' | 'same' | 'diverse' | 'unrelated' | 'unknown';

export interface SectorMatch {
  score: number;
  relation: SectorRelation;
  /** The pair of codes that explains the score (absent when unknown). */
  a?: string;
  b?: string;
}

const RELATION_SCORE: Record<SectorRelation, number> = {
  valueChain: 0.9,
  service: 0.7,
  same: 0.45,
  diverse: 0.4,
  unrelated: 0.3,
  unknown: 0.5,
};
const DIVERSITY_BONUS = 0.1;

// Firms' code lists repeat across thousands of pairs in a ranking: each pair of lists is worked out
// once (the result is never modified by callers). Bounded: cleared when full.
const memo = new Map<string, SectorMatch>();

/** The best relation over all code pairs, plus a bonus when the firms are in different sections. */
export function sectorMatch(naceA: readonly string[] = [], naceB: readonly string[] = []): SectorMatch {
  if (!naceA.length || !naceB.length) return { score: RELATION_SCORE.unknown, relation: 'unknown' };
  const key = `${naceA.join(',')}|${naceB.join(',')}`;
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size >= 50_000) memo.clear();
    hit = computeSectorMatch(naceA, naceB);
    memo.set(key, hit);
  }
  return hit;
}

function computeSectorMatch(naceA: readonly string[], naceB: readonly string[]): SectorMatch {
  let best: SectorMatch = { score: -1, relation: 'unrelated' };
  for (const a of naceA) {
    for (const b of naceB) {
      const da = division(a);
      const db = division(b);
      const relation: SectorRelation =
        linked.get(da)?.has(db) || groupLinked.has(`${group(a)}|${group(b)}`)
          ? 'valueChain'
          : da !== db && (SERVES_ALL.has(da) || SERVES_ALL.has(db))
            ? 'service'
            : da === db
              ? 'same'
              : section(da) !== section(db)
                ? 'diverse'
                : 'unrelated';
      const bonus = section(da) !== section(db) ? DIVERSITY_BONUS : 0;
      const score = Math.min(1, RELATION_SCORE[relation] + bonus);
      if (score > best.score) best = { score, relation, a, b };
    }
  }
  return best;
}

export const sectorScore = (naceA: readonly string[] = [], naceB: readonly string[] = []) => sectorMatch(naceA, naceB).score;
