// Turns zod issues into localized messages per field. Schemas put a message *key* on their own
// rules (`{ message: 'cvrChecksum' }`, looked up under `validation.`); zod's built-in issues are
// mapped by code, so every message the user sees comes from the catalogs.
import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;
export type Translate = (key: string, values?: Record<string, string | number>) => string;

function keyFor(issue: z.core.$ZodIssue): { key: string; values?: Record<string, string | number> } {
  if (issue.message && /^[a-zA-Z][a-zA-Z0-9_.-]*$/.test(issue.message)) {
    const params = (issue as { params?: Record<string, string | number> }).params;
    return params ? { key: issue.message, values: params } : { key: issue.message };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'pickAtLeast', values: { min: Number(issue.minimum) } };
      return { key: 'tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'tooLong', values: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'pickAtMost', values: { max: Number(issue.maximum) } };
      return { key: 'tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'invalidOption' };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'invalidEmail' };
      if (issue.format === 'url') return { key: 'invalidUrl' };
      if (issue.format === 'date') return { key: 'invalidDate' };
      return { key: 'invalidFormat' };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? { key: 'required' } : { key: 'invalidValue' };
    case 'unrecognized_keys':
      return { key: 'unknownField' };
    default:
      return { key: 'invalidValue' };
  }
}

export function issuePath(issue: { path: readonly PropertyKey[] }): string {
  return issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** A message key without a dot is generic (`validation.<key>`); with a dot it is a full catalog path. */
export function messagePath(key: string) {
  return key.includes('.') ? key : `validation.${key}`;
}

/** Field-keyed, localized messages for a form (field = the issue's top-level path, `_form` when empty).
 * `t` receives the full catalog path (see messagePath). */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    const { key, values } = keyFor(issue);
    (out[field] ??= []).push(t(messagePath(key), values));
  }
  return out;
}

/** `{ path, message }` pairs for JSON APIs and CLIs (English, machine-friendly paths). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((i) => ({ path: issuePath(i), message: i.message }));
}
