// Text folding shared by the server search (lib/nace) and the client-side NACE picker: case- and
// accent-insensitive, so "smed" finds "Smede…" and "tyosto" finds "työstö". Pure, no fs.
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

export interface NaceSearchable {
  code: string;
  label: string;
}

/** Code prefix ("25.6", "2562") first, then names starting with the query, then names with words
 * starting with the query's words, then names containing them anywhere. */
export function rankNace<T extends NaceSearchable>(items: readonly T[], query: string, limit = 30): T[] {
  const q = foldText(query.trim());
  if (!q) return items.slice(0, limit);
  const digits = q.replace(/[\s.]/g, '');
  const words = q.split(/\s+/).filter(Boolean);
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const name = foldText(item.label);
    let score = -1;
    if (/^\d+$/.test(digits) && item.code.replace('.', '').startsWith(digits)) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (words.every((w) => name.includes(w))) {
      // A word of the name that starts with each query word ("plast" → "plastprodukter") ranks
      // above a match inside a word ("termoplast").
      const nameWords = name.split(/[\s,;()/-]+/);
      score = words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 2 : 3;
    }
    if (score >= 0) scored.push({ item, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.item.code.localeCompare(b.item.code))
    .slice(0, limit)
    .map((s) => s.item);
}
