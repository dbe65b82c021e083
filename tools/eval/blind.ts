import 'server-only';
// External evaluation sets, written blind by someone who has not seen the engine, its thesaurus or
// the project's own sets: tools/eval/blind/<set>/exchange.json (an `industrivej/v1` exchange file)
// and key.json (the answer key, below). Scored exactly as the outside judge does: the file goes
// through the real `db:import` into a fresh in-memory PGlite, the real `matches --json --top 5`
// prints the suggestions, and those are scored with the project's metrics (nDCG@5, P@1, Recall@5,
// MRR) and its hard-rule check. Never tune on these sets: once one has been looked at, write a new one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DbHandle } from '@/db/client';
import { exchangeFileSchema, type ExchangeFile } from '@/lib/exchange/schema';
import { runImportCli, type CliIo } from '@/scripts/cli/exchange';
import { runMatchesCli, type CliMatch } from '@/scripts/cli/matches';
import { average, checkSuggestions, scoreSource, type Figures, type SourceScore, type Violation } from './metrics';

export const BLIND_DIR = 'tools/eval/blind';

/** The failure classes of issue 13 (and `baseline`: a plain pair the engine should always find). */
export const BLIND_CLASSES = ['baseline', 'cross-category', 'paraphrase', 'generic', 'decoy', 'direct-first', 'pooling', 'rules'] as const;
export type BlindClass = (typeof BLIND_CLASSES)[number];

const ref = z.string().trim().min(1);
export const blindKeySchema = z.strictObject({
  set: z.string().trim().min(1),
  description: z.string().optional(),
  queries: z
    .array(
      z.strictObject({
        /** The listing whose suggestions are judged (usually a need). */
        need: ref,
        class: z.enum(BLIND_CLASSES),
        /** 2 the right partner, 1 acceptable; a listing not named is 0. */
        grades: z.record(ref, z.union([z.literal(0), z.literal(1), z.literal(2)])),
      }),
    )
    .min(1),
});
export type BlindKey = z.infer<typeof blindKeySchema>;

export interface BlindSet {
  /** The folder's name (what `--set` selects). */
  name: string;
  exchangePath: string;
  file: ExchangeFile;
  key: BlindKey;
}

/** The folders under `dir` holding both exchange.json and key.json, by name. */
export function findBlindSets(dir: string = BLIND_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'exchange.json')) && existsSync(path.join(dir, e.name, 'key.json')))
    .map((e) => e.name)
    .sort();
}

/** Reads and checks one set: a key that names a listing the file lacks is an error, not a 0. */
export function loadBlindSet(dir: string): BlindSet {
  const name = path.basename(dir);
  const exchangePath = path.join(dir, 'exchange.json');
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  const parsedFile = exchangeFileSchema.safeParse(read('exchange.json'));
  if (!parsedFile.success) throw new Error(`${exchangePath}: not an industrivej/v1 exchange file: ${parsedFile.error.issues[0]?.message}`);
  const parsedKey = blindKeySchema.safeParse(read('key.json'));
  if (!parsedKey.success) {
    const issue = parsedKey.error.issues[0];
    throw new Error(`${path.join(dir, 'key.json')}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const refs = new Set(parsedFile.data.listings.map((l) => l.ref));
  const unknown = parsedKey.data.queries.flatMap((q, i) => [q.need, ...Object.keys(q.grades)].filter((r) => !refs.has(r)).map((r) => `queries[${i}]: ${r}`));
  if (unknown.length) throw new Error(`${path.join(dir, 'key.json')}: listings not in exchange.json: ${unknown.slice(0, 10).join(', ')}`);
  return { name, exchangePath, file: parsedFile.data, key: parsedKey.data };
}

export interface BlindQueryResult {
  need: string;
  class: BlindClass;
  score: SourceScore;
  suggestions: CliMatch[];
  /** Suggestions for this need that break a hard rule. */
  violations: Violation[];
}

export interface BlindFigures extends Figures {
  violations: number;
}

export interface BlindRun {
  set: string;
  listings: number;
  queries: BlindQueryResult[];
  /** Every printed suggestion (of every listing, not only the judged needs) that breaks a rule. */
  violations: Violation[];
  all: BlindFigures;
  byClass: Partial<Record<BlindClass, BlindFigures>>;
  ms: number;
}

const silent = (sink: string[]): CliIo => ({ out: (l) => sink.push(l), err: (l) => sink.push(l) });

/** `db:import` then `matches --json --top N` on `handle` (a fresh, empty database), scored by the key. */
export async function scoreBlindSet(handle: DbHandle, set: BlindSet, opts: { today: string; top?: number }): Promise<BlindRun> {
  const log: string[] = [];
  const imported = await runImportCli([set.exchangePath], handle, silent(log));
  if (imported !== 0) throw new Error(`${set.exchangePath} does not import (exit ${imported}):\n${log.slice(-20).join('\n')}`);

  const out: string[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const code = await runMatchesCli(['--json', '--top', String(opts.top ?? 5)], handle, { out: (l) => out.push(l), err: (l) => errors.push(l) });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`matches exited with ${code}: ${errors.join('\n')}`);
  const output = JSON.parse(out.join('\n')) as Record<string, CliMatch[]>;
  const violations = checkSuggestions(set.file, output, opts.today);

  const queries = set.key.queries.map((q): BlindQueryResult => {
    const suggestions = output[q.need] ?? [];
    return {
      need: q.need,
      class: q.class,
      score: scoreSource(
        suggestions.map((s) => s.listing),
        new Map(Object.entries(q.grades)),
      ),
      suggestions,
      violations: violations.filter((v) => v.source === q.need),
    };
  });
  return { set: set.name, listings: set.file.listings.length, queries, violations, ...summarizeBlind(queries), ms };
}

/** Figures over judged needs: all of them, and per class (in the order of BLIND_CLASSES). */
export function summarizeBlind(queries: readonly BlindQueryResult[]): Pick<BlindRun, 'all' | 'byClass'> {
  const figures = (qs: readonly BlindQueryResult[]): BlindFigures => ({
    ...average(qs.map((q) => q.score)),
    violations: qs.reduce((n, q) => n + q.violations.length, 0),
  });
  const byClass: BlindRun['byClass'] = {};
  for (const c of BLIND_CLASSES) {
    const qs = queries.filter((q) => q.class === c);
    if (qs.length) byClass[c] = figures(qs);
  }
  return { all: figures(queries), byClass };
}
