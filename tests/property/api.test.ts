// Every handler of app/api/v1/**/route.ts (all built with apiHandler, lib/api/handler.ts), called
// with arbitrary query strings, path params, bodies (JSON and junk) and headers, anonymously, with
// a member's valid bearer token and with bad ones: the status is never 5xx; an error body has the
// catalogue's JSON shape ({ error: { code, message, issues?: [{ path, message }] } }) with a path
// on each issue; a refused write changes no table (audit_log and rate_limits may grow: refusals
// are audited and rate-limited). A route added later is picked up by itself (import.meta.glob).
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApiToken } from '@/lib/dal/api-tokens';
import { ERROR_CATALOGUE } from '@/lib/errors';
import { setupTestDb } from '../integration/helpers/db';
import { makeListing, makeMemberFirm, makeNetwork } from '../integration/helpers/factories';
import { RUNS, junkString, junkValue } from './arbitraries';
import { rowCounts } from './counts';

const request = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUserId: async () => request.userId }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const db = setupTestDb();

const routes = import.meta.glob<Record<string, unknown>>('../../app/api/v1/**/route.ts');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const QUERY_KEYS = [
  'q',
  'page',
  'limit',
  'cursor',
  'kind',
  'category',
  'network',
  'near',
  'lat',
  'lng',
  'radiusKm',
  'bbox',
  'zoom',
  'sort',
  'status',
  'lang',
  'ref',
  'company',
];

let tokens: string[] = [];
let refs: string[] = [];

beforeAll(async () => {
  const net = await makeNetwork(db());
  const firm = await makeMemberFirm(db(), net.id);
  const listing = await makeListing(db(), firm.company.id, { visibility: 'public' });
  const { token } = await createApiToken(firm.viewer, 'property');
  tokens = [token, `${token}x`, 'iv_', 'iv_' + 'a'.repeat(300), 'not-a-token', ''];
  refs = [listing.ref, firm.company.ref, net.ref].filter((v): v is string => typeof v === 'string');
}, 60_000);

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => consoleError.mockRestore());

const body = fc.oneof(
  junkValue.map((v) => JSON.stringify(v) ?? ''),
  junkString,
  fc.record({ name: junkString, email: junkString, password: junkString, locale: junkString }).map((v) => JSON.stringify(v)),
  fc.constant('{"a":' + '['.repeat(5000)),
);

describe.each(Object.keys(routes))('%s', (file) => {
  it('answers arbitrary requests without a 5xx, with catalogue-shaped errors, and a refused write changes nothing', async () => {
    const mod = await routes[file]!();
    const handlers = METHODS.filter((m) => typeof mod[m] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    const paramNames = [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    const path = file.replace('../../app', '').replace('/route.ts', '');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...handlers),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), junkString), junkString), { maxLength: 5 }),
        fc.record(Object.fromEntries(paramNames.map((p) => [p, fc.oneof(junkString, fc.constantFrom(...refs))]))),
        body,
        fc.option(fc.constantFrom(...tokens)),
        fc.constantFrom('application/json', 'text/plain', 'multipart/form-data', ''),
        async (method, query, params, text, token, contentType) => {
          consoleError.mockClear();
          request.userId = null;
          const url = new URL(`http://localhost${path}`);
          for (const [k, v] of query) url.searchParams.append(k, v);
          const headers = new Headers();
          if (contentType) headers.set('content-type', contentType);
          if (token !== null) headers.set('authorization', `Bearer ${token}`);
          const req = new Request(url, { method, headers, ...(method === 'GET' ? {} : { body: text }) });
          const before = await rowCounts(db());
          const handler = mod[method] as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
          const response = await handler(req, { params: Promise.resolve(params as Record<string, string>) });
          const label = `${method} ${url.pathname}${url.search.slice(0, 200)}`;
          expect(response.status, label).toBeLessThan(500);
          expect(consoleError, `${label} logged an error`).not.toHaveBeenCalled();
          if (response.status >= 400) {
            const json = (await response.json()) as { error?: { code?: string; message?: string; issues?: { path?: unknown; message?: unknown }[] } };
            expect(Object.keys(ERROR_CATALOGUE), label).toContain(json.error?.code);
            expect(typeof json.error?.message, label).toBe('string');
            for (const issue of json.error?.issues ?? []) {
              expect(typeof issue.path, label).toBe('string');
              expect(typeof issue.message, label).toBe('string');
            }
            if (json.error?.code === 'validation') expect(json.error.issues?.length, label).toBeGreaterThan(0);
            if (method !== 'GET') expect(await rowCounts(db()), `${label} refused but wrote`).toEqual(before);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
