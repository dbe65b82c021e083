// npm run eval:match -- [--half dev|heldout|fresh|blind|classes|classes-2|all] [--set NAME] [--blind-dir DIR]
//                        [--misses N] [--heldout-misses] [--out FILE.json]
// Quality of the matching engine on a data set with planted answers (tools/eval): each half is
// imported through the real importer into a fresh in-memory PGlite and ranked by the real
// `matches --json --top 5`; prints nDCG@5, P@1, Recall@5, MRR per half, language and pair type,
// the worst misses of the development half, and rule violations. Then, apart from the project's
// own halves, every external blind set found in tools/eval/blind/<set>/ (exchange.json + key.json,
// see tools/eval/blind.ts), scored the same way, per set and per class. --set NAME scores only that
// blind set; --half scores only the project's halves. The last line is one JSON object with the
// same figures. Exit code 1 when any suggestion breaks a hard rule.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '@/db/client';
import { buildDataset, type Half } from '@/tools/eval/build';
import { BLIND_DIR, findBlindSets, loadBlindSet, scoreBlindSet, summarizeBlind, type BlindFigures, type BlindRun } from '@/tools/eval/blind';
import { average, type Figures } from '@/tools/eval/metrics';
import { runEvaluation, summarizeRun, worstMisses, type EvalRun, type HalfSummary } from '@/tools/eval/run';
import { HALVES, loadScenarios } from '@/tools/eval/sets';

const USAGE =
  'usage: npm run eval:match -- [--half dev|heldout|fresh|blind|classes|classes-2|all] [--set NAME] [--blind-dir DIR] [--misses N] [--heldout-misses] [--out FILE.json]';
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    half: { type: 'string' },
    set: { type: 'string' },
    'blind-dir': { type: 'string', default: BLIND_DIR },
    misses: { type: 'string', default: '12' },
    'heldout-misses': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  strict: true,
});
// Without options: every half and every blind set. --half: only halves; --set: only that blind set.
const half = values.half ?? (values.set ? 'none' : 'all');
const halves: Half[] = half === 'all' ? [...HALVES] : half === 'none' ? [] : [half as Half];
if (!halves.every((h) => HALVES.includes(h))) {
  console.error(USAGE);
  process.exit(2);
}
const blindDir = values['blind-dir'];
const blindNames = values.set ? [values.set] : values.half ? [] : findBlindSets(blindDir);
if (values.set && !findBlindSets(blindDir).includes(values.set)) {
  console.error(`no blind set ${values.set} in ${blindDir} (a folder with exchange.json and key.json); found: ${findBlindSets(blindDir).join(', ') || 'none'}`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const TITLES: Record<Half, string> = {
  dev: 'Development half (tuned on)',
  heldout: 'Held-out half (written before tuning, not tuned on)',
  fresh: 'Fresh held-out set (written after the first thesaurus; its words were seen while the vocabulary grew)',
  blind: 'Blind set (written after all tuning, run once for the report)',
  classes: 'Failure classes of issue 13 (cross-category, generic, intent, direct answers; own set, written with the engine in mind)',
  'classes-2':
    "Second own set of the failure classes (owners' wording, typos, mixed languages, rule-breaking lookalikes; written before the engine changes it measures)",
};

if (values.out && halves.length) {
  const ds = buildDataset(
    halves.map((half) => ({ half, scenarios: loadScenarios(half) })),
    { today },
  );
  const planted = Object.fromEntries([...ds.relevance].map(([s, m]) => [s, Object.fromEntries(m)]));
  writeFileSync(values.out, JSON.stringify({ ...ds.file, extensions: { eval: { today, relevance: planted } } }, null, 1));
  console.log(`wrote ${values.out}: ${ds.file.listings.length} listings, ${ds.relevance.size} sources (answer key under extensions.eval)`);
}

const pct = (x: number) => x.toFixed(3);
const row = (label: string, f: Figures) =>
  `  ${label.padEnd(14)} ${String(f.sources).padStart(4)}  ${pct(f.ndcg5)}  ${pct(f.p1)}  ${pct(f.recall5)}  ${pct(f.mrr)}`;
const header = `  ${''.padEnd(14)} ${'n'.padStart(4)}  nDCG@5 P@1    Rec@5  MRR`;

const summaries: Partial<Record<Half, HalfSummary>> = {};
let listings = 0;
let violations = 0;
let ms = 0;
let printed = 0;
const all: EvalRun['sources'] = [];
for (const half of halves) {
  const dataset = buildDataset([{ half, scenarios: loadScenarios(half) }], { today });
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

    console.log(
      `\n${TITLES[half]}: ${dataset.file.listings.length} listings, ${s.sources} sources, ${Object.keys(run.output).length} ranked in ${(run.ms / 1000).toFixed(1)} s`,
    );
    console.log(header);
    console.log(row('all', s));
    for (const [k, f] of Object.entries(s.byLanguage)) console.log(row(`lang ${k}`, f));
    for (const [k, f] of Object.entries(s.byType)) console.log(row(`type ${k}`, f));
    for (const [k, f] of Object.entries(s.byClass)) console.log(row(`class ${k}`, f));
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

const overall = average(all.map((r) => r.score));
const compact = (s?: HalfSummary) =>
  s && { sources: s.sources, ndcg5: s.ndcg5, p1: s.p1, recall5: s.recall5, mrr: s.mrr, byLanguage: s.byLanguage, byType: s.byType, byClass: s.byClass };
if (halves.length) {
  console.log(
    `\nAll: nDCG@5 ${pct(overall.ndcg5)}, P@1 ${pct(overall.p1)}, Recall@5 ${pct(overall.recall5)}, MRR ${pct(overall.mrr)} over ${overall.sources} sources; ${violations} rule violations; ${(ms / Math.max(1, printed)).toFixed(1)} ms per listing (import excluded, PGlite)`,
  );
}

// External blind sets: apart from the project's halves, never added into their figures.
const blindRuns: BlindRun[] = [];
let blindViolations = 0;
if (blindNames.length) console.log(`\nExternal blind sets (${blindDir}): ${blindNames.join(', ')}`);
else if (!values.half) console.log(`\nExternal blind sets (${blindDir}): none found`);
const blindHeader = `  ${''.padEnd(22)} ${'n'.padStart(4)}  nDCG@5 P@1    Rec@5  MRR    rule violations`;
const blindRow = (label: string, f: BlindFigures) =>
  `  ${label.padEnd(22)} ${String(f.sources).padStart(4)}  ${pct(f.ndcg5)}  ${pct(f.p1)}  ${pct(f.recall5)}  ${pct(f.mrr)}  ${String(f.violations).padStart(4)}`;
const blindTable = (s: Pick<BlindRun, 'all' | 'byClass'>) => {
  console.log(blindHeader);
  console.log(blindRow('all', s.all));
  for (const [c, f] of Object.entries(s.byClass)) console.log(blindRow(`class ${c}`, f));
};
for (const name of blindNames) {
  const set = loadBlindSet(path.join(blindDir, name));
  const handle = openDb({ pgliteDir: 'memory://' });
  try {
    const run = await scoreBlindSet(handle, set, { today });
    blindRuns.push(run);
    blindViolations += run.violations.length;
    console.log(
      `\nExternal blind set ${name}${set.key.description ? ` (${set.key.description})` : ''}: ${run.listings} listings, ${run.queries.length} judged needs, ranked in ${(run.ms / 1000).toFixed(1)} s`,
    );
    blindTable(run);
    console.log(`  rule violations, every listing's suggestions: ${run.violations.length}`);
    for (const v of run.violations.slice(0, 20)) console.log(`    ${v.source} → ${v.suggestion}: ${v.kinds.join(', ')}`);
  } finally {
    await handle.close();
  }
}
if (blindRuns.length > 1) {
  console.log(`\nExternal blind sets together (${blindRuns.length} sets; not added to the project's figures above):`);
  blindTable(summarizeBlind(blindRuns.flatMap((r) => r.queries)));
}
const blindSummary = (r: BlindRun) => ({ listings: r.listings, ...r.all, allViolations: r.violations.length, byClass: r.byClass });

const halvesJson = {
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
  classes: compact(summaries.classes),
  'classes-2': compact(summaries['classes-2']),
};
console.log(
  JSON.stringify({
    ...(halves.length ? halvesJson : {}),
    ...(blindRuns.length ? { blindSets: Object.fromEntries(blindRuns.map((r) => [r.set, blindSummary(r)])) } : {}),
  }),
);
process.exit(violations + blindViolations > 0 ? 1 : 0);
