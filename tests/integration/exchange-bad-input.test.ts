// Bad files: each gets a clear error with its JSON path, and the database is unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { runImportCli, type CliIo } from '@/scripts/cli/exchange';
import { importExchange } from '@/lib/exchange/import';
import { setupTestDb } from './helpers/db';
import { rowCounts, smallFile } from './helpers/exchange';

const db = setupTestDb();
const dir = mkdtempSync(path.join(os.tmpdir(), 'iv-import-'));

function capture(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l) };
}

beforeAll(async () => {
  // Something already in the database, so "unchanged" means more than "still empty".
  const r = await importExchange(db(), smallFile());
  expect(r.ok).toBe(true);
  return () => rmSync(dir, { recursive: true, force: true });
});

type File = ReturnType<typeof smallFile>;
const cases: [string, (f: File) => unknown, string, RegExp][] = [
  ['a dangling company ref', (f) => ((f.listings[1]!.company = 'co-nowhere'), f), 'listings[1].company', /unknown company "co-nowhere"/],
  ['an unknown category', (f) => ((f.listings[0]!.category = 'snacks'), f), 'listings[0].category', /expected one of/],
  ['a broken CVR', (f) => ((f.companies[0]!.registrationNumber = '12345675'), f), 'companies[0].registrationNumber', /registration number/],
  ['an unknown field', (f) => ({ ...f, colour: 'red' }), '', /colour/],
  ['an unknown field in a record', (f) => (Object.assign(f.companies[1]!, { fax: '12' }), f), 'companies[1]', /fax/],
  ['an unknown NACE code', (f) => ((f.companies[0]!.nace = ['99.99']), f), 'companies[0].nace[0]', /unknown NACE code/],
  ['an unknown postcode without a location', (f) => ((f.companies[0]!.address.postcode = '0999'), f), 'companies[0].address.postcode', /unknown postcode/],
  [
    'a bad extension',
    (f) => ({ ...f, extensions: { industrivej: { companies: { 'co-17': { email: 'nope', phone: null } } } } }),
    'extensions.industrivej.companies.co-17.email',
    /e-mail/,
  ],
  [
    'a registration number another firm has',
    (f) => {
      f.companies.push({ ...f.companies[0]!, ref: 'co-copy' });
      return f;
    },
    'companies[2].registrationNumber',
    /same registration number as companies\[0\]/,
  ],
];

describe('a bad file writes nothing', () => {
  it.each(cases)('%s', async (_name, spoil, path, message) => {
    const before = await rowCounts(db());
    const file = spoil(smallFile());
    // A valid new record in the same file must not be written either.
    (file as File).listings?.push({
      ref: 'li-new',
      company: 'co-18',
      kind: 'offer',
      category: 'equipment',
      title: 'Kranbil',
      description: '',
      visibility: 'public',
      status: 'open',
      language: 'da',
    });
    const result = await importExchange(db(), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('lists every error of a file, not just the first', async () => {
    const file = smallFile();
    file.listings[0]!.category = 'snacks';
    file.listings[1]!.company = 'co-nowhere';
    file.companies[0]!.registrationNumber = '12345675';
    const result = await importExchange(db(), file);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(['companies[0].registrationNumber', 'listings[0].category']);
    // References are checked once the shape is right; then the dangling ref is reported too.
    file.listings[0]!.category = 'capacity';
    file.companies[0]!.registrationNumber = '12345674';
    const second = await importExchange(db(), file);
    expect(!second.ok && second.issues.map((i) => i.path)).toEqual(['listings[1].company']);
  });
});

describe('db:import', () => {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints every error with its JSON path and exits 1', async () => {
    const file = smallFile();
    file.listings[0]!.category = 'snacks';
    file.companies[0]!.registrationNumber = '12345675';
    const io = capture();
    const before = await rowCounts(db());
    const code = await runImportCli([write('bad.json', JSON.stringify(file))], getDbHandle(), io);
    expect(code).toBe(1);
    const text = io.lines.join('\n');
    expect(text).toMatch(/nothing was written/);
    expect(text).toMatch(/^listings\[0\]\.category: .*expected one of/m);
    expect(text).toMatch(/^companies\[0\]\.registrationNumber: /m);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('reports a JSON syntax error with line and column', async () => {
    const io = capture();
    const code = await runImportCli([write('syntax.json', '{\n  "format": "industrivej/v1",\n  "networks": [,]\n}')], getDbHandle(), io);
    expect(code).toBe(1);
    expect(io.lines.join('\n')).toMatch(/JSON syntax error at line 3, column 16/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const io = capture();
    const before = await rowCounts(db());
    const big = write('big.json', JSON.stringify({ ...smallFile(), extensions: { padding: 'x'.repeat(300_000) } }));
    const code = await runImportCli([big], getDbHandle(), io, 200_000);
    expect(code).toBe(1);
    expect(io.lines.join('\n')).toMatch(/the file is 0\.3 MB; the limit is 0\.2 MB/);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('imports a good file and says what it did', async () => {
    const io = capture();
    const code = await runImportCli([write('good.json', JSON.stringify(smallFile()))], getDbHandle(), io);
    expect(code).toBe(0);
    expect(io.lines.join('\n')).toMatch(/listings: 0 new, 0 changed, 2 unchanged/);
  });

  it('runs as a script: npm run db:import exits non-zero on a bad file', () => {
    const file = smallFile();
    file.listings[1]!.company = 'co-nowhere';
    const result = spawnSync('npx', ['tsx', 'scripts/db-import.ts', write('dangling.json', JSON.stringify(file))], {
      env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'pglite') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^listings\[1\]\.company: unknown company "co-nowhere"/m);
  }, 120_000);
});
