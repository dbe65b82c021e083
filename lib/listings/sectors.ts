// NACE Rev. 2 sections and the two-digit divisions they span (from shared/data/nace.csv). A browse
// filter by section matches a firm whose NACE codes start with one of these divisions.
export const NACE_SECTIONS = {
  A: ['01', '03'],
  B: ['05', '09'],
  C: ['10', '33'],
  D: ['35', '35'],
  E: ['36', '39'],
  F: ['41', '43'],
  G: ['45', '47'],
  H: ['49', '53'],
  I: ['55', '56'],
  J: ['58', '63'],
  K: ['64', '66'],
  L: ['68', '68'],
  M: ['69', '75'],
  N: ['77', '82'],
  O: ['84', '84'],
  P: ['85', '85'],
  Q: ['86', '88'],
  R: ['90', '93'],
  S: ['94', '96'],
  T: ['97', '98'],
  U: ['99', '99'],
} as const satisfies Record<string, readonly [string, string]>;

export type NaceSection = keyof typeof NACE_SECTIONS;
export const NACE_SECTION_LETTERS = Object.keys(NACE_SECTIONS) as NaceSection[];

const isSection = (s: string): s is NaceSection => s in NACE_SECTIONS;

/**
 * The NACE code prefixes a sector filter stands for: a section letter → its divisions ('25', '26' …);
 * a division/group/class code → itself. Prefixes are matched on whole code segments by the caller.
 */
export function sectorPrefixes(sector: string): string[] {
  const s = sector.trim().toUpperCase();
  if (isSection(s)) {
    const [from, to] = NACE_SECTIONS[s];
    const out: string[] = [];
    for (let d = Number(from); d <= Number(to); d++) out.push(String(d).padStart(2, '0'));
    return out;
  }
  return /^\d{2}(?:\.\d{1,2})?$/.test(s) ? [s] : [];
}
