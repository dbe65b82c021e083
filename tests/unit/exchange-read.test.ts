import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '@/lib/exchange/json-position';
import { lineColumn, parseJson, tooLarge } from '@/lib/exchange/read';

describe('reading an exchange file', () => {
  it('parses JSON and ignores a BOM', () => {
    expect(parseJson('\uFEFF{"format":"industrivej/v1"}')).toEqual({ ok: true, value: { format: 'industrivej/v1' } });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{\n  "networks": [,]\n}', 2, 16],
    ['{"a": tru}', 1, 10],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 1} x', 1, 10],
    ['[1, 2', 1, 6],
  ])('reports a syntax error with line and column: %j', (text, line, column) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.message).toContain(`JSON syntax error at line ${line}, column ${column}`);
  });

  it('finds no error in valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, true, false, null, "\\u00e6\\n"], "b": {}}')).toBe(-1);
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('says how large a file is and what the limit is', () => {
    expect(tooLarge(200 * 1024 * 1024, 100 * 1024 * 1024).message).toBe('the file is 200.0 MB; the limit is 100.0 MB');
  });
});
