// The import rules of the house are checked by `npm run lint` (eslint.config.mjs). This test writes
// small probe files that break each rule, lints them with the project's real configuration and
// expects the errors: a rule that silently stops applying (a later config block overriding it, a
// resolver that no longer follows '@/…' paths) fails here instead of letting layers mix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tag = `zz-lint-probe-${process.pid}`;
const written: string[] = [];

function probe(rel: string, text: string): string {
  const file = path.join(root, rel.replace('TAG', tag));
  writeFileSync(file, text);
  written.push(file);
  return file;
}

afterAll(() => {
  for (const f of written) rmSync(f, { recursive: true, force: true });
});

async function ruleIds(files: string[]): Promise<Map<string, string[]>> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(files);
  return new Map(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]));
}

describe('npm run lint enforces the layers', () => {
  it('fails on lib/dal from the layers below it, on tools/ from the product, on lib/ from lib/policy, and on an import cycle', async () => {
    // A directory of its own for the cycle, so that nothing else in the tree imports it.
    const dir = mkdtempSync(path.join(root, 'lib', `${tag}-`));
    written.push(dir);
    const a = probe(`${path.relative(root, dir)}/a.ts`, "import { b } from './b';\nexport const a = () => b;\n");
    const b = probe(`${path.relative(root, dir)}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
    const dal = probe('lib/matching/TAG.ts', "import { getViewer } from '@/lib/dal/viewer';\nexport const x = getViewer;\n");
    const tools = probe('lib/TAG.ts', "import { HALVES } from '@/tools/eval/sets';\nexport const y = HALVES;\n");
    const policy = probe('lib/policy/TAG.ts', "import { textScore } from '@/lib/matching/score';\nexport const z = textScore;\n");
    const ok = probe('lib/policy/TAG-ok.ts', "import { listings } from '@/db/schema';\nexport const w = listings;\n");

    const ids = await ruleIds([a, b, dal, tools, policy, ok]);
    const of = (f: string) => ids.get(path.relative(root, f)) ?? [];
    expect(of(a)).toContain('import/no-cycle');
    expect(of(b)).toContain('import/no-cycle');
    expect(of(dal)).toContain('no-restricted-imports');
    expect(of(tools)).toContain('no-restricted-imports');
    expect(of(policy)).toContain('no-restricted-imports');
    expect(of(ok)).toEqual([]);
  }, 120_000);

  it('fails on SQL written outside db/queries: the query builder, tables, db/client beyond getDb, a query on getDb()', async () => {
    const builder = probe('lib/dal/TAG-sql.ts', "import { eq } from 'drizzle-orm';\nexport const x = eq;\n");
    const table = probe('lib/exchange/TAG.ts', "import { listings } from '@/db/schema';\nexport const y = listings;\n");
    const raw = probe('lib/jobs/TAG.ts', "import { queryRows } from '@/db/client';\nexport const z = queryRows;\n");
    const inPlace = probe('lib/themes/TAG.ts', "import { getDb } from '@/db/client';\nexport const v = () => getDb().execute('select 1');\n");
    const auth = probe('lib/auth/TAG.ts', "import { sessions } from '@/db/schema';\nexport const u = sessions;\n");
    // What the DAL does instead: types, value lists, getDb() handed to a query function.
    const ok = probe(
      'lib/dal/TAG-ok.ts',
      [
        "import type { SQL } from 'drizzle-orm';",
        "import { getDb, type Tx } from '@/db/client';",
        "import { selectNetworkNames } from '@/db/queries/networks';",
        "import { LISTING_KINDS, type Listing } from '@/db/schema';",
        'export const w = (s: SQL, t: Tx, l: Listing) => [s, t, l, LISTING_KINDS, selectNetworkNames(getDb(), { networkIds: [] })];',
        '',
      ].join('\n'),
    );

    const ids = await ruleIds([builder, table, raw, inPlace, auth, ok]);
    const of = (f: string) => ids.get(path.relative(root, f)) ?? [];
    expect(of(builder)).toContain('@typescript-eslint/no-restricted-imports');
    expect(of(table)).toContain('@typescript-eslint/no-restricted-imports');
    expect(of(raw)).toContain('@typescript-eslint/no-restricted-imports');
    expect(of(inPlace)).toContain('no-restricted-syntax');
    expect(of(auth)).toContain('@typescript-eslint/no-restricted-imports');
    expect(of(ok)).toEqual([]);
  }, 120_000);

  it('applies the SQL rule to the files whose SQL has moved (no longer on the not-moved list)', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const file of ['lib/dal/companies.ts', 'lib/dal/viewer.ts', 'lib/dal/municipality.ts', 'lib/dal/introductions.ts', 'lib/auth/sessions.ts']) {
      const config = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules: Record<string, unknown> };
      const level = (rule: string): unknown => {
        const setting = config.rules[rule];
        return Array.isArray(setting) ? (setting as unknown[])[0] : setting;
      };
      expect([file, level('@typescript-eslint/no-restricted-imports')]).toEqual([file, 2]);
      expect([file, level('no-restricted-syntax')]).toEqual([file, 2]);
    }
  }, 120_000);
});
