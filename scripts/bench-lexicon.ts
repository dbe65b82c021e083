// Load time and heap of the lexicon (data/lexicon), lookup speed, and its hit rates on the
// everyday word list (scripts/lexicon-wordlist.ts).
//
//   npm run bench:lexicon            full: budgets checked, per-language hit rates printed
//   npm run bench:lexicon -- --tiny  load + a few lookups (fast; for npm test)
//   … -- --fresh                     hit rates on the second word list; --verbose lists the misses
//
// Budgets (issue 13): data ≤ ~8 MB on disk, load ≤ 300 ms, ≤ 60 MB of heap.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LEXICON_DIR, lexicalKeys, loadLexicon, type LexLang } from '@/lib/matching/lexicon';
import { DA_INFLECTED_FRESH, FI_INFLECTED_DEV, FI_INFLECTED_FRESH, WORDLIST as FIRST_LIST, WORDLIST_FRESH } from './lexicon-wordlist';

const tiny = process.argv.includes('--tiny');
const fresh = process.argv.includes('--fresh');
/** --fresh: the second word list (see lexicon-wordlist.ts) */
const WORDLIST = fresh ? WORDLIST_FRESH : FIRST_LIST;
const verbose = process.argv.includes('--verbose');
const gc = (globalThis as { gc?: () => void }).gc;

const BUDGET = { diskMB: 8, loadMs: 300, heapMB: 60 };

const diskBytes = fs.readdirSync(LEXICON_DIR).reduce((n, f) => n + fs.statSync(path.join(LEXICON_DIR, f)).size, 0);

gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
loadLexicon();
const loadMs = performance.now() - t0;
gc?.();
const heapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;

console.log(
  `lexicon: ${(diskBytes / 2 ** 20).toFixed(1)} MB on disk, load ${loadMs.toFixed(0)} ms, heap +${heapMB.toFixed(1)} MB${gc ? '' : ' (no --expose-gc: heap figure is rough)'}`,
);

/** Keys of a list entry: a phrase ("cold room") is a WordNet lemma or else its words, as the engine would see them. */
const keysOf = (text: string, lang: LexLang): string[] => {
  const whole = lexicalKeys(text, lang);
  if (whole.length || !/\s/.test(text)) return whole.map((k) => k.key);
  return text.split(/\s+/).flatMap((w) => lexicalKeys(w, lang).map((k) => k.key));
};
const shares = (a: string, la: LexLang, b: string, lb: LexLang) => {
  const kb = new Set(keysOf(b, lb));
  return keysOf(a, la).some((k) => kb.has(k));
};

let failed = false;
if (tiny) {
  const ok = shares('trukki', 'fi', 'forklift', 'en') && lexicalKeys('warehouse', 'en').length > 0;
  console.log(`tiny: trukki~forklift ${ok ? 'ok' : 'FAILED'}`);
  failed = !ok;
} else {
  // cold lookups (first time each word), then memoized ones
  const words = WORDLIST.flatMap(
    ([da, fi, en]) =>
      [
        [da, 'da'],
        [fi, 'fi'],
        [en, 'en'],
      ] as [string, LexLang][],
  );
  const t1 = performance.now();
  for (const [w, l] of words) lexicalKeys(w, l);
  const coldUs = ((performance.now() - t1) * 1000) / words.length;
  const t2 = performance.now();
  for (let i = 0; i < 100; i++) for (const [w, l] of words) lexicalKeys(w, l);
  const warmUs = ((performance.now() - t2) * 1000) / (100 * words.length);
  console.log(`lookup: ${coldUs.toFixed(1)} µs/word cold, ${warmUs.toFixed(2)} µs/word memoized`);

  // hit rates: a word has any key; a Danish/Finnish word shares a key with the English word of its row
  const n = WORDLIST.length;
  const hit = { da: 0, fi: 0, en: 0 };
  const match = { da: 0, fi: 0, dafi: 0 };
  const misses: string[] = [];
  for (const [da, fi, en] of WORDLIST) {
    if (keysOf(da, 'da').length) hit.da++;
    if (keysOf(fi, 'fi').length) hit.fi++;
    if (keysOf(en, 'en').length) hit.en++;
    const mDa = shares(da, 'da', en, 'en');
    const mFi = shares(fi, 'fi', en, 'en');
    if (mDa) match.da++;
    if (mFi) match.fi++;
    if (shares(da, 'da', fi, 'fi')) match.dafi++;
    if (!mDa || !mFi) misses.push(`${mDa ? '' : `da:${da}`} ${mFi ? '' : `fi:${fi}`} (${en})`.trim());
  }
  // noise: the same test on mismatched rows (row i against row i + 37), which mean different things;
  // "strong" = a shared key weighing ≥ 0.5 on both sides
  const sharedWeight = (a: string, la: LexLang, b: string, lb: LexLang) => {
    const kb = new Map<string, number>();
    for (const w of b.split(/\s+/)) for (const k of lexicalKeys(w, lb)) kb.set(k.key, Math.max(k.weight, kb.get(k.key) ?? 0));
    let best = 0;
    for (const w of a.split(/\s+/)) for (const k of lexicalKeys(w, la)) if (kb.has(k.key)) best = Math.max(best, Math.min(k.weight, kb.get(k.key)!));
    return best;
  };
  const strong = { da: 0, fi: 0 };
  for (const [da, fi, en] of WORDLIST) {
    if (sharedWeight(da, 'da', en, 'en') >= 0.5) strong.da++;
    if (sharedWeight(fi, 'fi', en, 'en') >= 0.5) strong.fi++;
  }
  const noise = { da: 0, fi: 0, strongDa: 0, strongFi: 0 };
  WORDLIST.forEach(([da, fi], i) => {
    const en = WORDLIST[(i + 37) % WORDLIST.length]![2];
    const wDa = sharedWeight(da, 'da', en, 'en');
    const wFi = sharedWeight(fi, 'fi', en, 'en');
    if (wDa > 0) noise.da++;
    if (wFi > 0) noise.fi++;
    if (wDa >= 0.5) noise.strongDa++;
    if (wFi >= 0.5) noise.strongFi++;
  });
  const pct = (x: number) => `${((100 * x) / n).toFixed(0)} %`;
  console.log(`word list${fresh ? ' (fresh)' : ''}: ${n} concepts`);
  console.log(`  has keys:            da ${pct(hit.da)}, fi ${pct(hit.fi)}, en ${pct(hit.en)}`);
  console.log(`  shares a key w/ en:  da ${pct(match.da)}, fi ${pct(match.fi)}; da~fi ${pct(match.dafi)}`);
  console.log(`  … with weight ≥ 0.5:  da ${pct(strong.da)}, fi ${pct(strong.fi)}`);
  console.log(
    `  mismatched rows sharing a key (noise): da ${pct(noise.da)} (≥ 0.5: ${pct(noise.strongDa)}), fi ${pct(noise.fi)} (≥ 0.5: ${pct(noise.strongFi)})`,
  );
  // inflected forms: the base form's strongest key is among the inflected form's keys
  // (base forms the lexicon does not know are left out)
  const inflection = (lang: 'da' | 'fi', list: [string, string][]) => {
    let known = 0;
    let ok = 0;
    const miss: string[] = [];
    for (const [inf, base] of list) {
      const top = lexicalKeys(base, lang)[0]?.key;
      if (!top) continue;
      known++;
      if (lexicalKeys(inf, lang).some((k) => k.key === top)) ok++;
      else miss.push(`${inf}→${base}`);
    }
    return `${ok}/${known}${verbose && miss.length ? ` (missed: ${miss.join(', ')})` : ''}`;
  };
  console.log(
    `inflected forms carrying the base form's top key: fi ${inflection('fi', FI_INFLECTED_FRESH)} fresh, ` +
      `${inflection('fi', FI_INFLECTED_DEV)} developed on; da ${inflection('da', DA_INFLECTED_FRESH)} fresh`,
  );
  if (verbose) console.log(`  misses:\n    ${misses.join('\n    ')}`);
}

const over = diskBytes / 2 ** 20 > BUDGET.diskMB || loadMs > BUDGET.loadMs || heapMB > BUDGET.heapMB;
if (over) console.log(`over budget (≤ ${BUDGET.diskMB} MB disk, ≤ ${BUDGET.loadMs} ms load, ≤ ${BUDGET.heapMB} MB heap)`);
// The figures as the last line, like every bench:* script (tests/bench reads them).
console.log(JSON.stringify({ diskMB: +(diskBytes / 2 ** 20).toFixed(2), loadMs: +loadMs.toFixed(1), heapMB: +heapMB.toFixed(1), overBudget: over }));
// Timing on a shared machine is noisy: only a broken lexicon fails the tiny run.
process.exit(failed ? 1 : 0);
