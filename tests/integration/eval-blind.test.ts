// Scoring an external blind set as the outside judge does (tools/eval/blind.ts): the real
// db:import, the real `matches --json --top 5`, the project's metrics, per class. The fixture is
// two obvious pairs; the same ranking scored against a key with the partners swapped must score
// zero, so a scorer that ignored the grades would fail here.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { loadBlindSet, scoreBlindSet, type BlindKey, type BlindRun } from '@/tools/eval/blind';
import { createTestDb, testTarget } from './helpers/db';

const root = path.resolve(import.meta.dirname, '../..');
const fixtureRoot = path.join(root, 'tests/fixtures/eval-blind');
const today = new Date().toISOString().slice(0, 10);

let handle: DbHandle;
let right: BlindRun;
let swapped: BlindRun;

beforeAll(async () => {
  handle = await createTestDb();
  const set = loadBlindSet(path.join(fixtureRoot, 'tiny'));
  right = await scoreBlindSet(handle, set, { today });
  // Importing the same file again changes nothing (idempotent by ref): the same ranking, judged by
  // a key that calls each need's real partner wrong and the other offer right.
  const key: BlindKey = {
    ...set.key,
    queries: [
      { need: 'tb-need-weld', class: 'baseline', grades: { 'tb-offer-coat': 2 } },
      { need: 'tb-need-coat', class: 'paraphrase', grades: { 'tb-offer-weld': 2 } },
    ],
  };
  swapped = await scoreBlindSet(handle, { ...set, key }, { today });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe('scoring a blind set', () => {
  it('ranks each judged need with the real matches CLI and scores it against the key', () => {
    expect(right.listings).toBe(4);
    expect(right.queries.map((q) => [q.need, q.suggestions[0]?.listing])).toEqual([
      ['tb-need-weld', 'tb-offer-weld'],
      ['tb-need-coat', 'tb-offer-coat'],
    ]);
    expect(right.all).toEqual({ sources: 2, ndcg5: 1, p1: 1, recall5: 1, mrr: 1, violations: 0 });
    expect(right.violations).toEqual([]);
  });

  it('reports each class on its own', () => {
    expect(Object.keys(right.byClass)).toEqual(['baseline', 'paraphrase']);
    expect(right.byClass.baseline).toMatchObject({ sources: 1, p1: 1 });
    expect(right.byClass.paraphrase).toMatchObject({ sources: 1, p1: 1 });
  });

  it('uses the grades: the same ranking against swapped partners scores no first hit', () => {
    expect(swapped.queries.map((q) => q.suggestions.map((s) => s.listing))).toEqual(right.queries.map((q) => q.suggestions.map((s) => s.listing)));
    expect(swapped.all.p1).toBe(0);
    expect(swapped.all.ndcg5).toBeLessThan(1);
    expect(swapped.all.mrr).toBeLessThan(1);
  });
});

describe.skipIf(testTarget() === 'postgres')('npm run eval:match -- --set', () => {
  it('scores only that blind set and prints it per class, apart from the project halves', () => {
    const run = spawnSync('npm', ['run', '-s', 'eval:match', '--', '--blind-dir', 'tests/fixtures/eval-blind', '--set', 'tiny'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
      timeout: 120_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('External blind set tiny (test fixture: two obvious pairs): 4 listings, 2 judged needs');
    expect(run.stdout).toMatch(/class baseline\s+1 {2}1\.000 {2}1\.000/);
    expect(run.stdout).toMatch(/class paraphrase\s+1 {2}1\.000 {2}1\.000/);
    expect(run.stdout).not.toContain('Development half');
    const last = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { blindSets: Record<string, { p1: number; byClass: object }>; dev?: unknown };
    expect(last.dev).toBeUndefined();
    expect(last.blindSets.tiny?.p1).toBe(1);
    expect(Object.keys(last.blindSets.tiny?.byClass ?? {})).toEqual(['baseline', 'paraphrase']);
  }, 120_000);

  it('refuses a set that does not exist', () => {
    const run = spawnSync('npm', ['run', '-s', 'eval:match', '--', '--blind-dir', 'tests/fixtures/eval-blind', '--set', 'nope'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no blind set nope');
  }, 60_000);
});
