// npm run bench:analyze — the cost of analyzeText (tokens, stems, compounds, concepts), the part
// of scoring that grows with the thesaurus. 10,000 generated listing texts in da/en/fi built from
// the evaluation's words, each word given a random variation (new inflection, compound, typo) so
// most words are unseen and miss the word cache, as on a real stream of new listings. Prints the
// figures, then one JSON object. Usage: npm run bench:analyze -- [N] [--tiny] (--tiny or
// BENCH_SIZE=tiny: 200 texts, the smoke run of `npm test`).
import { buildDataset } from '@/tools/eval/build';
import { loadScenarios } from '@/tools/eval/sets';
import { analyzeText } from '@/lib/matching/normalize';
import { TINY } from '@/tools/bench/harness';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (TINY ? 200 : 10_000));
const ds = buildDataset(
  [
    { half: 'dev', scenarios: loadScenarios('dev') },
    { half: 'heldout', scenarios: loadScenarios('heldout') },
  ],
  { today: '2026-01-01' },
);
const words: Record<string, string[]> = { da: [], en: [], fi: [] };
for (const l of ds.file.listings) words[l.language]?.push(...`${l.title} ${l.description}`.split(/\s+/).filter((w) => w.length > 1));

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const tails = ['', '', '', 'en', 'er', 'erne', 'et', 's', 'ssa', 'lla', 'sta', 'n', 'a', 'ing', 'ed', 'ne', 'iden', 'lle'];
const vary = (w: string) => {
  const r = rnd();
  if (r < 0.4) return w;
  if (r < 0.7) return w + pick(tails);
  if (r < 0.9) return w + pick(Object.values(words).flat()).toLowerCase();
  return w.slice(0, -1) + String.fromCharCode(97 + Math.floor(rnd() * 26));
};
const texts = Array.from({ length: N }, () => {
  const lang = pick(['da', 'en', 'fi'] as const);
  const len = 8 + Math.floor(rnd() * 40);
  return { lang, text: Array.from({ length: len }, () => vary(pick(words[lang] ?? []))).join(' ') };
});

// Warm up the thesaurus build and the JIT on a few texts not in the measured set.
for (let i = 0; i < 50; i++) analyzeText(`varm op ${i}`, 'da');
const times: number[] = [];
const started = performance.now();
for (const t of texts) {
  const s = performance.now();
  analyzeText(t.text, t.lang);
  times.push(performance.now() - s);
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
const fmt = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  `analyzeText over ${N} generated texts: ${total.toFixed(0)} ms total, mean ${(total / N).toFixed(3)} ms, p50 ${p(0.5).toFixed(3)} ms, p95 ${p(0.95).toFixed(3)} ms, max ${p(1).toFixed(3)} ms`,
);
console.log(JSON.stringify({ texts: N, totalMs: Math.round(total), meanMs: fmt(total / N), p50Ms: fmt(p(0.5)), p95Ms: fmt(p(0.95)), maxMs: fmt(p(1)) }));
