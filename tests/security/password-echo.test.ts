// Finding (Low): server actions echoed submitted passwords back in their error state (serialized
// into the page). The action builder never echoes a field named like a password, whatever the
// action returns.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));
vi.mock('next/navigation', () => ({ unstable_rethrow: () => undefined }));
vi.mock('@/lib/dal/viewer', () => ({ getViewer: async () => null }));

const { echoableValues, publicAction } = await import('@/lib/actions/form-action');
const { AppError } = await import('@/lib/errors');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const SECRET = 'mit hemmelige kodeord';
const fields = { email: 'a@b.dk', password: SECRET, currentPassword: SECRET, newPassword: SECRET, name: 'Anna' };

describe('no password in a form state', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));

  it('drops password fields from the echoed values on every kind of failure', async () => {
    const schema = z.object({ email: z.email(), password: z.string().min(50) });
    const invalid = await publicAction(schema, async () => undefined)({ ok: false }, form(fields));
    const refused = await publicAction(z.object({}), async () => {
      throw new AppError('validation', 'no');
    })({ ok: false }, form(fields));
    const crashed = await publicAction(z.object({}), async () => {
      throw new Error('boom');
    })({ ok: false }, form(fields));
    // An action that itself returns the values it got.
    const returned = await publicAction(z.object({}), async ({ formData }) => ({ ok: false, values: Object.fromEntries(formData) as Record<string, string> }))(
      { ok: false },
      form(fields),
    );
    for (const state of [invalid, refused, crashed, returned]) {
      expect(state.values).toEqual({ email: 'a@b.dk', name: 'Anna' });
      expect(JSON.stringify(state)).not.toContain(SECRET);
    }
  });

  it('matches any field named like a password', () => {
    expect(echoableValues({ Password: 'x', password_confirm: 'x', passphrase: 'x', clientSecret: 'x', pass: 'kept', title: 'kept' })).toEqual({
      pass: 'kept',
      title: 'kept',
    });
  });
});
