// The loader of external blind sets (tools/eval/blind.ts): which folders are sets, and a key that
// does not fit its exchange file is refused rather than silently scored as zeros.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBlindSets, loadBlindSet } from '@/tools/eval/blind';

const fixture = path.resolve(import.meta.dirname, '../fixtures/eval-blind/tiny');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'iv-blind-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture set whose key.json is `edit`ed. */
function withKey(edit: (key: { queries: Record<string, unknown>[] }) => void) {
  const dir = path.join(tempDir(), 'edited');
  cpSync(fixture, dir, { recursive: true });
  const key = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8')) as { queries: Record<string, unknown>[] };
  edit(key);
  writeFileSync(path.join(dir, 'key.json'), JSON.stringify(key));
  return dir;
}

describe('findBlindSets', () => {
  it('lists the folders that hold both exchange.json and key.json, by name', () => {
    const root = tempDir();
    cpSync(fixture, path.join(root, 'set-b'), { recursive: true });
    cpSync(fixture, path.join(root, 'set-a'), { recursive: true });
    mkdirSync(path.join(root, 'no-key'));
    cpSync(path.join(fixture, 'exchange.json'), path.join(root, 'no-key', 'exchange.json'));
    writeFileSync(path.join(root, 'notes.txt'), 'not a set');
    expect(findBlindSets(root)).toEqual(['set-a', 'set-b']);
  });

  it('finds nothing where there is no folder', () => {
    expect(findBlindSets(path.join(tempDir(), 'missing'))).toEqual([]);
  });
});

describe('loadBlindSet', () => {
  it('reads the exchange file and the key', () => {
    const set = loadBlindSet(fixture);
    expect(set.name).toBe('tiny');
    expect(set.file.listings).toHaveLength(4);
    expect(set.key.queries.map((q) => [q.need, q.class, q.grades])).toEqual([
      ['tb-need-weld', 'baseline', { 'tb-offer-weld': 2 }],
      ['tb-need-coat', 'paraphrase', { 'tb-offer-coat': 2 }],
    ]);
  });

  it('refuses a class outside the known ones', () => {
    const dir = withKey((k) => (k.queries[0]!.class = 'synonyms'));
    expect(() => loadBlindSet(dir)).toThrow(/class/);
  });

  it('refuses a grade other than 0, 1 or 2', () => {
    const dir = withKey((k) => (k.queries[0]!.grades = { 'tb-offer-weld': 3 }));
    expect(() => loadBlindSet(dir)).toThrow(/grades/);
  });

  it('refuses a key naming a listing the exchange file lacks', () => {
    const dir = withKey((k) => (k.queries[1]!.grades = { 'tb-offer-typo': 2 }));
    expect(() => loadBlindSet(dir)).toThrow(/tb-offer-typo/);
    const dir2 = withKey((k) => (k.queries[0]!.need = 'tb-need-missing'));
    expect(() => loadBlindSet(dir2)).toThrow(/tb-need-missing/);
  });
});
