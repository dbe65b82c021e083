// npm run eval:match -- [--half dev|heldout|fresh|blind|all] [--misses N] [--heldout-misses] [--out FILE.json]
// Quality of the matching engine on a data set with planted answers (tools/eval): each half is
// imported through the real importer into a fresh in-memory PGlite and ranked by the real
// `matches --json --top 5`; prints nDCG@5, P@1, Recall@5, MRR per half, language and pair type,
// the worst misses of the development half, and rule violations; the last line is one JSON object
// with the same figures. Exit code 1 when any suggestion breaks a hard rule.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '@/db/client';
import { buildDataset, type Half } from '@/tools/eval/build';
import { BLIND_SCENARIOS } from '@/tools/eval/blind-set';
import { DEV_SCENARIOS } from '@/tools/eval/dev-set';
import { FRESH_SCENARIOS } from '@/tools/eval/fresh-set';
import { HELDOUT_SCENARIOS } from '@/tools/eval/heldout-set';
import type { Figures } from '@/tools/eval/metrics';
import { runEvaluation, summarizeRun, worstMisses, type EvalRun, type HalfSummary } from '@/tools/eval/run';

const USAGE = 'usage: npm run eval:match -- [--half dev|heldout|fresh|blind|all] [--misses N] [--heldout-misses] [--out FILE.json]';
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { half: { type: 'string', default: 'all' }, misses: { type: 'string', default: '12' }, 'heldout-misses': { type: 'boolean', default: false }, out: { type: 'string' } },
  strict: true,
});
const halves: Half[] = values.half === 'all' ? ['dev', 'heldout', 'fresh', 'blind'] : [values.half as Half];
if (!halves.every((h) => h === 'dev' || h === 'heldout' || h === 'fresh' || h === 'blind')) {
  console.error(USAGE);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const scenarios = { dev: DEV_SCENARIOS, heldout: HELDOUT_SCENARIOS, fresh: FRESH_SCENARIOS, blind: BLIND_SCENARIOS };
const TITLES: Record<Half, string> = {
  dev: 'Development half (tuned on)',
  heldout: 'Held-out half (written before tuning, not tuned on)',
  fresh: 'Fresh held-out set (written after the first thesaurus; its words were seen while the vocabulary grew)',
  blind: 'Blind set (written after all tuning, run once for the report)',
};

if (values.out) {
  const ds = buildDataset(halves.map((half) => ({ half, scenarios: scenarios[half] })), { today });
  const planted = Object.fromEntries([...ds.relevance].map(([s, m]) => [s, Object.fromEntries(m)]));
  writeFileSync(values.out, JSON.stringify({ ...ds.file, extensions: { eval: { today, relevance: planted } } }, null, 1));
  console.log(`wrote ${values.out}: ${ds.file.listings.length} listings, ${ds.relevance.size} sources (answer key under extensions.eval)`);
}

const pct = (x: number) => x.toFixed(3);
const row = (label: string, f: Figures) => `  ${label.padEnd(14)} ${String(f.sources).padStart(4)}  ${pct(f.ndcg5)}  ${pct(f.p1)}  ${pct(f.recall5)}  ${pct(f.mrr)}`;
const header = `  ${''.padEnd(14)} ${'n'.padStart(4)}  nDCG@5 P@1    Rec@5  MRR`;

const summaries: Partial<Record<Half, HalfSummary>> = {};
let listings = 0;
let violations = 0;
let ms = 0;
let printed = 0;
const all: EvalRun['sources'] = [];
for (const half of halves) {
  const dataset = buildDataset([{ half, scenarios: scenarios[half] }], { today });
  const handle = openDb({ pgliteDir: 'memory://' });
  try {
    const run = await runEvaluation(handle, dataset, { today });
    const summary = summarizeRun(run, dataset);
    const s = summary.halves[half];
    if (!s) continue;
    summaries[half] = s;
    all.push(...run.sources);
    listings += summary.listings;
    violations += run.violations.length;
    ms += run.ms;
    printed += Object.keys(run.output).length;

    console.log(`\n${TITLES[half]}: ${dataset.file.listings.length} listings, ${s.sources} sources, ${Object.keys(run.output).length} ranked in ${(run.ms / 1000).toFixed(1)} s`);
    console.log(header);
    console.log(row('all', s));
    for (const [k, f] of Object.entries(s.byLanguage)) console.log(row(`lang ${k}`, f));
    for (const [k, f] of Object.entries(s.byType)) console.log(row(`type ${k}`, f));
    console.log(`  rule violations: ${run.violations.length}`);
    for (const v of run.violations.slice(0, 20)) console.log(`    ${v.source} → ${v.suggestion}: ${v.kinds.join(', ')}`);
    if (half === 'dev' || values['heldout-misses']) {
      const lines = worstMisses(run, dataset, { half, count: Number(values.misses) });
      if (lines.length) console.log(`  worst misses:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    }
  } finally {
    await handle.close();
  }
}

const { average } = await import('@/tools/eval/metrics');
const overall = average(all.map((r) => r.score));
const compact = (s?: HalfSummary) =>
  s && { sources: s.sources, ndcg5: s.ndcg5, p1: s.p1, recall5: s.recall5, mrr: s.mrr, byLanguage: s.byLanguage, byType: s.byType };
console.log(`\nAll: nDCG@5 ${pct(overall.ndcg5)}, P@1 ${pct(overall.p1)}, Recall@5 ${pct(overall.recall5)}, MRR ${pct(overall.mrr)} over ${overall.sources} sources; ${violations} rule violations; ${(ms / Math.max(1, printed)).toFixed(1)} ms per listing (import excluded, PGlite)`);
console.log(
  JSON.stringify({
    listings,
    sources: overall.sources,
    ndcg5: overall.ndcg5,
    p1: overall.p1,
    recall5: overall.recall5,
    mrr: overall.mrr,
    violations,
    msPerListing: Math.round((ms / Math.max(1, printed)) * 10) / 10,
    dev: compact(summaries.dev),
    heldout: compact(summaries.heldout),
    fresh: compact(summaries.fresh),
    blind: compact(summaries.blind),
  }),
);
process.exit(violations > 0 ? 1 : 0);
