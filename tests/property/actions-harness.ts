// The server-action properties, shared by actions-*.test.ts (split in two so that vitest's two
// workers share the work). Each test file mocks Next.js around the actions (as
// tests/integration/audit.test.ts does) and passes the session user's holder here.
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Viewer } from '@/lib/dal/viewer';
import { initialFormState, type FormState } from '@/lib/form-state';
import { setupTestDb } from '../integration/helpers/db';
import { addMembership, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from '../integration/helpers/factories';
import { RUNS, junkFields, junkString, toFormData } from './arbitraries';
import { rowCounts } from './counts';

export function defineActionProperties(request: { userId: string | null }, which: (file: string) => boolean) {
  const db = setupTestDb();

  const modules = import.meta.glob<Record<string, unknown>>('../../lib/actions/*.ts');
  const schemaModules = import.meta.glob<Record<string, unknown>>('../../lib/validations/**/*.ts', { eager: true });

  /** Every field name any validation schema knows: the fields the generated forms fill. */
  const FIELD_NAMES = [
    ...new Set(
      Object.values(schemaModules).flatMap((mod) =>
        Object.values(mod).flatMap((value) => {
          const def = (value as { _zod?: { def?: { type?: string; shape?: object; in?: { _zod?: { def?: { shape?: object } } } } } })?._zod?.def;
          return Object.keys(def?.shape ?? def?.in?._zod?.def?.shape ?? {});
        }),
      ),
    ),
  ];

  let viewers: { who: string; userId: string | null }[] = [];
  /** Ids and refs of real records, so that generated forms also reach past the first lookup. */
  let known: string[] = [];

  beforeAll(async () => {
    const net = await makeNetwork(db());
    const admin = await makeUser(db(), { isPlatformAdmin: true });
    const firm = await makeMemberFirm(db(), net.id);
    const other = await makeMemberFirm(db(), net.id);
    const listing = await makeListing(db(), firm.company.id, { visibility: 'public' });
    const foreign = await makeListing(db(), other.company.id, { visibility: 'network' });
    const fac = await makeUser(db());
    await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
    const facilitator: Viewer = await viewerFor(db(), fac.id);
    viewers = [
      { who: 'anonymous', userId: null },
      { who: 'member', userId: firm.viewer.userId },
      { who: 'facilitator', userId: facilitator.userId },
      { who: 'admin', userId: admin.id },
    ];
    known = [net.id, net.ref, admin.id, fac.id, firm.viewer.userId, firm.company.id, other.company.id, listing.id, listing.ref, foreign.id, foreign.ref].filter(
      (v): v is string => typeof v === 'string',
    );
  }, 60_000);

  const isRedirect = (error: unknown) =>
    typeof (error as { digest?: unknown })?.digest === 'string' && (error as { digest: string }).digest.startsWith('NEXT_REDIRECT');

  type Action = (...args: unknown[]) => Promise<unknown>;

  const actionFiles = Object.keys(modules).filter((f) => !/\/(form-action|limits)\.ts$/.test(f) && which(f));

  // An error the app only logs (an audit line that could not be written, an unexpected exception
  // turned into a message) is a failure here too.
  let consoleError: MockInstance;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => consoleError.mockRestore());

  describe.each(actionFiles)('%s', (file) => {
    it('every exported action answers arbitrary forms from every viewer with a state, and a refusal writes nothing', async () => {
      const mod = await modules[file]!();
      const actions = Object.entries(mod).filter((e): e is [string, Action] => typeof e[1] === 'function');
      expect(actions.length).toBeGreaterThan(0);
      const value = fc.oneof({ weight: 3, arbitrary: junkString }, { weight: 1, arbitrary: fc.constantFrom(...known) });
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...viewers),
            junkFields(FIELD_NAMES),
            fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), value), { maxLength: 4 }),
            fc.boolean(),
            async (viewer, fields, real, withFile) => {
              consoleError.mockClear();
              request.userId = viewer.userId;
              const form = toFormData(fields);
              for (const [k, v] of real) form.set(k, v);
              if (withFile) form.set('file', new File(['navn;cvr\n<b>x</b>;"', '\u0000'], 'junk.csv', { type: 'text/csv' }));
              const before = await rowCounts(db());
              let result: unknown;
              try {
                // Form actions take (state, formData); the no-state ones (sign-out, language) take the form.
                result = action.length >= 2 || !/^(signOutAction|setLocale)$/.test(name) ? await action(initialFormState, form) : await action(form);
              } catch (error) {
                expect(consoleError, `${name} as ${viewer.who} logged an error`).not.toHaveBeenCalled();
                if (isRedirect(error)) return;
                throw new Error(`${name} as ${viewer.who} threw: ${String(error)}`);
              }
              expect(consoleError, `${name} as ${viewer.who} logged an error`).not.toHaveBeenCalled();
              if (name === 'lookupPostcodeAction' || result === undefined || result === null) return;
              const state = result as FormState;
              expect(typeof state.ok, `${name} as ${viewer.who}`).toBe('boolean');
              expect(state.message, `${name} as ${viewer.who} answered internal`).not.toBe('errors.internal');
              if (!state.ok) expect(await rowCounts(db()), `${name} as ${viewer.who} refused but wrote`).toEqual(before);
            },
          ),
          { numRuns: RUNS },
        );
      }
    });
  });
}
