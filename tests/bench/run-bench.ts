// Runs one `npm run bench:*` script at its tiny size the way a person would (through npm, so the
// script line in package.json is tested too) and returns what it printed. The benchmarks print
// their figures, then one JSON object as their last line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

export interface BenchRun {
  code: number | null;
  output: string;
  /** The last line of stdout, parsed; null when it is not JSON. */
  figures: Record<string, unknown> | null;
}

export async function runBench(script: string, env: Record<string, string> = {}): Promise<BenchRun> {
  // A shell's environment, not the test runner's (NODE_ENV=test, VITEST_*).
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  // (NODE_ENV left unset, as in a shell: Next's types declare it always present.)
  const childEnv = { ...base, BENCH_SIZE: 'tiny', ...env } as unknown as NodeJS.ProcessEnv;
  const child = spawn('npm', ['run', '-s', script, '--', '--tiny'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  child.stdout.on('data', (d: Buffer) => ((stdout += d.toString()), (output += d.toString())));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  let figures: BenchRun['figures'] = null;
  try {
    figures = JSON.parse(last) as Record<string, unknown>;
  } catch {
    figures = null;
  }
  return { code, output, figures };
}

/** Exit 0 and a figures line. */
export function expectSuccess(run: BenchRun): Record<string, unknown> {
  expect(run.code, `the benchmark failed:\n${run.output.slice(-4000)}`).toBe(0);
  expect(run.figures, `no JSON figures as the last line:\n${run.output.slice(-2000)}`).not.toBeNull();
  return run.figures!;
}

/** Each named figure is a finite number ≥ 0. */
export function expectNumbers(figures: unknown, keys: string[]) {
  expect(figures).toBeTypeOf('object');
  for (const k of keys) {
    const v = (figures as Record<string, unknown>)[k];
    expect(Number.isFinite(v) && (v as number) >= 0, `${k} = ${JSON.stringify(v)}`).toBe(true);
  }
}

export const postgresUrl = process.env.DATABASE_URL || undefined;

/**
 * The PostgreSQL half ran (when DATABASE_URL is set) and left no database behind: every temporary
 * database the run announced is gone.
 */
export async function expectPostgresHalf(run: BenchRun, keys: string[]) {
  const f = run.figures!;
  if (!postgresUrl) {
    expect(f.postgres).toEqual({ skipped: 'DATABASE_URL not set' });
    return;
  }
  expectNumbers(f.postgres, keys);
  const names = [...run.output.matchAll(/temporary database (iv_bench_[a-z0-9_]+)/g)].map((m) => m[1]!);
  expect(names.length, 'the run names its temporary database').toBeGreaterThan(0);
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const left = await client.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [names]);
    expect(
      left.rows.map((r) => r.datname),
      'temporary databases left behind',
    ).toEqual([]);
  } finally {
    await client.end();
  }
}
