// docs/api.md's error table is the API's promise to its clients: it must list exactly the codes of
// the catalogue (lib/errors.ts) with the same status and message; every code has a localized message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, type ErrorCode } from '@/lib/errors';
import { LOCALES } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

function documentedErrors(): Map<string, { status: number; message: string }> {
  const doc = readFileSync(join(process.cwd(), 'docs/api.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Errors'), doc.indexOf('\n## ', doc.indexOf('## Errors') + 1));
  const rows = new Map<string, { status: number; message: string }>();
  for (const line of section.split('\n')) {
    const cells = /^\|\s*(\d{3})\s*\|\s*`([a-z_]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (cells) rows.set(cells[2]!, { status: Number(cells[1]), message: cells[3]! });
  }
  return rows;
}

describe('the error catalogue', () => {
  const documented = documentedErrors();
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it.each(codes)('docs/api.md lists %s with its status and message', (code) => {
    expect(documented.get(code), `${code} missing from docs/api.md`).toEqual({ status: ERROR_CATALOGUE[code].status, message: ERROR_CATALOGUE[code].api });
  });

  it('docs/api.md lists no code the catalogue lacks', () => {
    expect(documented.size).toBeGreaterThan(0);
    expect([...documented.keys()].filter((code) => !(code in ERROR_CATALOGUE))).toEqual([]);
  });

  it.each(LOCALES)('every code has a localized message in %s', (locale) => {
    const messages = loadMessages(locale);
    for (const code of codes) {
      const value = ERROR_CATALOGUE[code].messageKey.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
      expect(typeof value, `${locale}: ${ERROR_CATALOGUE[code].messageKey}`).toBe('string');
    }
  });
});
