// Generators for the property tests, biased towards the edges a hostile or broken client sends:
// empty, huge, unicode, markup, wrong types, extra keys, nested junk, negative/NaN numbers, bad
// dates and refs that do not exist or are not refs at all.
import fc from 'fast-check';

/** Runs per property (the issue asks for at least 100 generated inputs each). */
export const RUNS = 100;

const edgeStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'æøå ÆØÅ äöü',
  '🏭🔧',
  '\u202Eevil',
  '<script>alert(1)</script>',
  '<b onmouseover=x>hi</b>',
  "'; drop table users; --",
  '../../etc/passwd',
  '%FF',
  '%00',
  'NaN',
  '-1',
  '1e309',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '2026-13-45',
  '0000-00-00',
  'not-a-date',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'l-1',
  'l-999999999',
  'c-0',
  'x'.repeat(10_001),
  'a@b',
  'person@example.com',
  'http://evil.example/',
  'javascript:alert(1)',
);

/** A string as a form field or a query value could carry it. */
export const junkString = fc.oneof(
  { weight: 3, arbitrary: edgeStrings },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.string({ minLength: 2_000, maxLength: 3_000 }) },
);

const edgeNumbers = fc.constantFrom(0, -1, -0, 1, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 1e308, 0.5, -99999);

/** Any JSON-ish value, wrong types and nested junk included. */
export const junkValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junkString,
    edgeNumbers,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(junkString, fc.constantFrom('__proto__', 'constructor', 'toString')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An object whose keys are mostly the schema's own (with junk values) plus extra keys. */
export const junkObject = (keys: readonly string[]) =>
  fc
    .tuple(
      fc.subarray([...keys]).chain((chosen) => fc.tuple(...chosen.map((k) => junkValue.map((v) => [k, v] as const)))),
      fc.dictionary(junkString, junkValue, { maxKeys: 3 }),
    )
    .map(([own, extra]) => ({ ...extra, ...Object.fromEntries(own) }));

/** Form fields: the action's own names (and `name[]` arrays) with junk strings, plus extra names. */
export const junkFields = (names: readonly string[]) =>
  fc.tuple(
    fc
      .subarray([...names])
      .chain((chosen) => fc.tuple(...chosen.map((k) => fc.tuple(fc.constantFrom(k, `${k}[]`), fc.array(junkString, { minLength: 1, maxLength: 3 }))))),
    fc.array(fc.tuple(junkString, junkString), { maxLength: 3 }),
  );

export function toFormData([own, extra]: [ReadonlyArray<readonly [string, string[]]>, ReadonlyArray<readonly [string, string]>]): FormData {
  const fd = new FormData();
  for (const [k, values] of own) for (const v of values) fd.append(k, v);
  for (const [k, v] of extra) fd.append(k, v);
  return fd;
}
