// PostgreSQL text cannot hold a NUL character (U+0000): a value with one makes the statement fail,
// which would surface as a 500 (PGlite happens to accept some). Every way in — API query, path and
// body, and every form — refuses such a value up front with a validation issue on its field
// (`validation.noNul`), so it never reaches SQL. Found by the property tests (tests/property).

/** The message key of the refusal (messages/<locale>/validation.json). */
export const NO_NUL = 'noNul';

/** Paths (dotted, `[i]` for array items) of every string in `value` holding a NUL character. */
export function nulPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value)) return value.flatMap((v, i) => nulPaths(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
      ...(k.includes('\u0000') ? [join(k.replace(/\u0000/g, ''))] : []),
      ...nulPaths(v, join(k)),
    ]);
  }
  return [];
}
