// Every exported zod schema of lib/validations/** and lib/exchange/schema.ts, fed arbitrary input:
// safeParse never throws, and every issue it reports has a path (an array; a field's name when the
// input is an object and the problem is one of its fields), which the forms and the API turn into
// their field errors. A schema added later is picked up here by itself (import.meta.glob).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '@/lib/validations/issues';
import { RUNS, junkObject, junkValue } from './arbitraries';

const modules = {
  ...import.meta.glob<Record<string, unknown>>('../../lib/validations/**/*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../../lib/exchange/schema.ts', { eager: true }),
};

const schemas = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ id: `${file.replace('../../', '')} ${name}`, schema })),
);

/** The keys an object schema knows (its own, or its inner one's through pipes and optionals). */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape as object);
  for (const inner of ['in', 'innerType', 'schema']) {
    const next = def[inner];
    if (next instanceof z.ZodType) return keysOf(next);
  }
  return [];
}

describe('every exported zod schema', () => {
  it('is found (the guard: a new schema file is tested without registering it)', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('$id: arbitrary input never throws, and every issue has a path', ({ schema }) => {
    const keys = keysOf(schema);
    const input = keys.length ? fc.oneof(junkObject(keys), junkValue) : junkValue;
    fc.assert(
      fc.property(input, (value) => {
        const result = schema.safeParse(value);
        if (result.success) return;
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) expect(Array.isArray(issue.path)).toBe(true);
        // What the API and the forms make of them: a string path each, never a throw.
        for (const described of describeIssues(result.error.issues)) expect(typeof described.path).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});
