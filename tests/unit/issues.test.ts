import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues, localizeIssues, messagePath } from '@/lib/validations/issues';

const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ''}`;

describe('localizeIssues', () => {
  const schema = z.object({
    title: z.string().min(3).max(5),
    kind: z.enum(['offer', 'need']),
    cvr: z.string().refine((v) => v === 'ok', { message: 'companies.validation.cvrChecksum' }),
    email: z.email(),
    tags: z.array(z.string()).min(1),
  });

  it('maps built-in issues to generic keys and dotted keys to full paths, per field', () => {
    const r = schema.safeParse({ title: 'abcdefg', kind: 'x', cvr: 'bad', email: 'nope', tags: [] });
    expect(r.success).toBe(false);
    const errors = localizeIssues(r.error!.issues, t);
    expect(errors).toEqual({
      title: ['validation.tooLong{"max":5}'],
      kind: ['validation.invalidOption'],
      cvr: ['companies.validation.cvrChecksum'],
      email: ['validation.invalidEmail'],
      tags: ['validation.pickAtLeast{"min":1}'],
    });
  });

  it('reports a missing string as required', () => {
    const r = z.object({ name: z.string().min(1) }).safeParse({ name: '' });
    expect(localizeIssues(r.error!.issues, t)).toEqual({ name: ['validation.required'] });
  });

  it('gives JSON paths for APIs', () => {
    const r = z.object({ listings: z.array(z.object({ category: z.enum(['a']) })) }).safeParse({ listings: [{ category: 'a' }, { category: 'b' }] });
    expect(describeIssues(r.error!.issues)[0]?.path).toBe('listings[1].category');
  });

  it('resolves message paths', () => {
    expect(messagePath('required')).toBe('validation.required');
    expect(messagePath('listings.validation.windowOrder')).toBe('listings.validation.windowOrder');
  });
});
