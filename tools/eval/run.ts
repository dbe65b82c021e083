import 'server-only';
// Runs the matching evaluation the way an outside judge would: import the exchange file through
// the real importer, print `matches --json --top 5` through the real CLI, and score what it printed
// against the answer key (tools/eval/build.ts). Used by `npm run eval:match` and the regression test.
import type { DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { importExchange } from '@/lib/exchange/import';
import { runMatchesCli, type CliMatch } from '@/scripts/cli/matches';
import type { EvalDataset, Half, ListingTruth } from './build';
import { average, checkSuggestions, scoreSource, type Figures, type SourceScore, type Violation } from './metrics';

export interface SourceResult {
  source: ListingTruth;
  score: SourceScore;
  suggestions: CliMatch[];
}

export interface EvalRun {
  sources: SourceResult[];
  output: Record<string, CliMatch[]>;
  violations: Violation[];
  /** Milliseconds for the whole `matches` run, and per printed listing. */
  ms: number;
  msPerListing: number;
}

export async function runEvaluation(handle: DbHandle, dataset: EvalDataset, opts: { today: string; top?: number }): Promise<EvalRun> {
  await runMigrations(handle);
  const imported = await importExchange(handle.db, dataset.file);
  if (!imported.ok)
    throw new Error(
      `the evaluation file does not import:\n${imported.issues
        .slice(0, 20)
        .map((i) => `${i.path}: ${i.message}`)
        .join('\n')}`,
    );

  const out: string[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const code = await runMatchesCli(['--json', '--top', String(opts.top ?? 5)], handle, { out: (l) => out.push(l), err: (l) => errors.push(l) });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`matches exited with ${code}: ${errors.join('\n')}`);
  const output = JSON.parse(out.join('\n')) as Record<string, CliMatch[]>;

  const sources: SourceResult[] = [];
  for (const [ref, relevance] of dataset.relevance) {
    const source = dataset.listings.get(ref);
    if (!source || source.role !== 'scenario' || ![...relevance.values()].includes(2)) continue;
    const suggestions = output[ref] ?? [];
    sources.push({
      source,
      score: scoreSource(
        suggestions.map((s) => s.listing),
        relevance,
      ),
      suggestions,
    });
  }
  const printed = Object.keys(output).length;
  return { sources, output, violations: checkSuggestions(dataset.file, output, opts.today), ms, msPerListing: printed ? ms / printed : 0 };
}

export interface HalfSummary extends Figures {
  byLanguage: Record<string, Figures>;
  byType: Record<string, Figures>;
  /** Per failure class of issue 13 (classOf in build.ts). */
  byClass: Record<string, Figures>;
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return m;
};

export function summarize(results: readonly SourceResult[]): HalfSummary {
  const scores = (rs: readonly SourceResult[]) => rs.map((r) => r.score);
  const sub = (key: (r: SourceResult) => string) =>
    Object.fromEntries([...groupBy(results, key)].sort(([a], [b]) => a.localeCompare(b)).map(([k, rs]) => [k, average(scores(rs))]));
  return { ...average(scores(results)), byLanguage: sub((r) => r.source.lang), byType: sub((r) => r.source.type), byClass: sub((r) => r.source.class) };
}

export interface EvalSummary extends Figures {
  listings: number;
  violations: number;
  halves: Partial<Record<Half, HalfSummary>>;
}

export function summarizeRun(run: EvalRun, dataset: EvalDataset): EvalSummary {
  const halves: Partial<Record<Half, HalfSummary>> = {};
  for (const [half, rs] of groupBy(run.sources, (r) => r.source.half)) halves[half as Half] = summarize(rs);
  return { listings: dataset.file.listings.length, ...average(run.sources.map((r) => r.score)), violations: run.violations.length, halves };
}

/** The worst-ranked sources with what was expected and what came instead, for improving. */
export function worstMisses(run: EvalRun, dataset: EvalDataset, opts: { half: Half; count: number }): string[] {
  const title = (ref: string) => dataset.listings.get(ref)?.title ?? ref;
  const lines: string[] = [];
  const misses = run.sources
    .filter((r) => r.source.half === opts.half && r.score.ndcg5 < 1)
    .sort((a, b) => a.score.ndcg5 - b.score.ndcg5 || a.source.ref.localeCompare(b.source.ref))
    .slice(0, opts.count);
  for (const r of misses) {
    const rel = dataset.relevance.get(r.source.ref) ?? new Map<string, number>();
    const expected = [...rel].filter(([, g]) => g === 2).map(([ref]) => `${title(ref)} [${dataset.listings.get(ref)?.lang}]`);
    lines.push(`- nDCG ${r.score.ndcg5.toFixed(2)}  [${r.source.lang} ${r.source.kind}] ${r.source.title}  (${r.source.scenario})`);
    lines.push(`    expected: ${expected.join(' | ')}`);
    if (!r.suggestions.length) lines.push('    got: nothing');
    r.suggestions.slice(0, 3).forEach((s, i) => {
      lines.push(`    ${i + 1}. ${s.score.toFixed(3)} g${rel.get(s.listing) ?? 0} ${title(s.listing)}  — ${s.reasons.join(' · ')}`);
    });
  }
  return lines;
}
