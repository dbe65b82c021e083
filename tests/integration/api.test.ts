import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getCompany } from '@/app/api/v1/companies/[ref]/route';
import { GET as listCompanies } from '@/app/api/v1/companies/route';
import { GET as getListing } from '@/app/api/v1/listings/[ref]/route';
import { GET as listListings } from '@/app/api/v1/listings/route';
import { GET as search } from '@/app/api/v1/search/route';
import { createApiToken, hashToken, listApiTokens, revokeApiToken } from '@/lib/dal/api-tokens';
import type { Viewer } from '@/lib/dal/viewer';
import { apiTokens } from '@/db/schema';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

let tokenA: string;
let tokenB: string;
let tokenFacilitator: string;
let viewerA: Viewer;
const refs: Record<string, string> = {};
let companyRefA: string;
let unapprovedRef: string;

type Json = Record<string, unknown> & { items?: { ref: string; title?: string; name?: string }[] };

async function call(
  handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  token?: string,
  params?: Record<string, string>,
) {
  const res = await handler(
    new Request(`http://localhost${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    params ? { params: Promise.resolve(params) } : undefined,
  );
  return { status: res.status, body: (await res.json()) as Json };
}
const titles = (b: Json) => (b.items ?? []).map((i) => i.title).sort();

beforeAll(async () => {
  const net = await makeNetwork(db());
  const a = await makeMemberFirm(db(), net.id, { name: 'Alfa Plast ApS', description: 'Sprøjtestøbning af plastemner.' });
  const b = await makeMemberFirm(db(), net.id, { name: 'Beta Smedie ApS' });
  viewerA = a.viewer;
  companyRefA = a.company.ref;
  unapprovedRef = (await makeCompany(db(), { name: 'Ikke godkendt ApS' })).ref;
  const fac = await makeUser(db());
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });

  refs.public = (
    await makeListing(db(), a.company.id, { title: 'Offentlig plastkapacitet', description: 'Sprøjtestøbte plastemner.', visibility: 'public' })
  ).ref;
  refs.network = (await makeListing(db(), a.company.id, { title: 'Netværk: ledig lagerplads', visibility: 'network' })).ref;
  refs.facilitators = (await makeListing(db(), a.company.id, { title: 'Fortroligt: sælger søges', visibility: 'facilitators' })).ref;

  tokenA = (await createApiToken(a.viewer, 'Test A')).token;
  tokenB = (await createApiToken(b.viewer, 'Test B')).token;
  tokenFacilitator = (await createApiToken(await viewerFor(db(), fac.id), 'Facilitator')).token;
});

describe('API tokens', () => {
  it('stores only a SHA-256 hash and lists tokens without it', async () => {
    expect(tokenA).toMatch(/^iv_[A-Za-z0-9_-]{43}$/);
    const rows = await db().select().from(apiTokens);
    expect(rows.some((r) => r.tokenHash === hashToken(tokenA))).toBe(true);
    expect(rows.some((r) => r.tokenHash.includes(tokenA) || r.tokenHash === tokenA)).toBe(false);
    const listed = await listApiTokens(viewerA);
    expect(listed).toEqual([{ id: expect.any(String) as string, name: 'Test A', createdAt: expect.any(String) as string, lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain('hash');
  });

  it('rejects an unknown or malformed token with 401 and a JSON error', async () => {
    for (const bad of ['iv_nope', 'something-else']) {
      const r = await call(listListings, '/api/v1/listings', bad);
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) as string } });
    }
  });

  it('limits a user to 10 active tokens', async () => {
    const v = await viewerFor(db(), (await makeUser(db())).id);
    for (let i = 0; i < 10; i++) await createApiToken(v, `T${i}`);
    await expect(createApiToken(v, 'one too many')).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ path: 'name', message: 'search.apiTokens.tooMany' }],
    });
  });

  it('stops working once revoked, and only its owner can revoke it', async () => {
    const { id, token } = await createApiToken(viewerA, 'Short-lived');
    expect((await call(listListings, '/api/v1/listings', token)).status).toBe(200);
    const other = await viewerFor(db(), (await makeUser(db())).id);
    await expect(revokeApiToken(other, id)).rejects.toMatchObject({ code: 'not_found' });
    await revokeApiToken(viewerA, id);
    expect((await call(listListings, '/api/v1/listings', token)).status).toBe(401);
  });
});

describe('GET /api/v1/listings', () => {
  it('shows an anonymous caller only public listings', async () => {
    const r = await call(listListings, '/api/v1/listings');
    expect(r.status).toBe(200);
    expect(titles(r.body)).toEqual(['Offentlig plastkapacitet']);
    expect(r.body).toMatchObject({ page: 1, limit: 20, total: 1, pages: 1 });
  });

  it("shows a member the network listings, never another firm's facilitators-only one", async () => {
    expect(titles((await call(listListings, '/api/v1/listings', tokenB)).body)).toEqual(['Netværk: ledig lagerplads', 'Offentlig plastkapacitet']);
    expect(titles((await call(listListings, '/api/v1/listings', tokenA)).body)).toHaveLength(3);
    expect(titles((await call(listListings, '/api/v1/listings', tokenFacilitator)).body)).toHaveLength(3);
  });

  it('searches with highlights as escaped HTML and filters by distance from a point', async () => {
    const r = await call(listListings, '/api/v1/listings?q=plastik&near=55.6664,11.6185&km=5', tokenB);
    // Nearest first: with it the plastics firm's other listing, found by the firm's name ("Alfa Plast").
    expect(titles(r.body)).toContain('Offentlig plastkapacitet');
    const item = r.body.items!.find((i) => (i as { title: string }).title === 'Offentlig plastkapacitet') as unknown as {
      highlight: { snippet: string };
      distanceKm: number;
    };
    expect(item.highlight.snippet).toContain('<mark>plastemner</mark>');
    expect(item.distanceKm).toBeLessThan(1);
    expect(r.body.distanceFrom).toBe('point');
    expect(titles((await call(listListings, '/api/v1/listings?near=56.15,10.2&km=5', tokenB)).body)).toEqual([]);
  });

  it('answers bad parameters with 422 and the path of each', async () => {
    const r = await call(listListings, '/api/v1/listings?limit=500&kind=gift&near=nowhere&km=-1');
    expect(r.status).toBe(422);
    const paths = (r.body.error as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['query.kind', 'query.km', 'query.limit', 'query.near']);
    expect(r.body.error).toMatchObject({ code: 'validation', message: expect.any(String) as string });
  });

  it('pages with limit ≤ 100', async () => {
    const r = await call(listListings, '/api/v1/listings?limit=1&page=2', tokenA);
    expect(r.body).toMatchObject({ page: 2, limit: 1, total: 3, pages: 3 });
    expect(r.body.items).toHaveLength(1);
  });
});

describe('GET /api/v1/listings/:ref', () => {
  it('returns a visible listing with its description', async () => {
    const r = await call(getListing, `/api/v1/listings/${refs.public}`, undefined, { ref: refs.public! });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ref: refs.public, title: 'Offentlig plastkapacitet', description: 'Sprøjtestøbte plastemner.', canManage: false });
  });

  it('gives 404 for an unknown ref and for one the caller may not see, 422 for a malformed one', async () => {
    expect((await call(getListing, '/x', undefined, { ref: 'li-does-not-exist' })).status).toBe(404);
    expect((await call(getListing, '/x', undefined, { ref: refs.network! })).status).toBe(404);
    const hidden = await call(getListing, '/x', tokenB, { ref: refs.facilitators! });
    expect(hidden).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'Not found.' } } });
    expect((await call(getListing, '/x', tokenFacilitator, { ref: refs.facilitators! })).status).toBe(200);
    const bad = await call(getListing, '/x', undefined, { ref: '../etc' });
    expect(bad.status).toBe(422);
    expect((bad.body.error as { issues: { path: string }[] }).issues[0]?.path).toBe('params.ref');
  });
});

describe('companies and search', () => {
  it('lists and searches approved firms; a firm no network approved is 404 for others', async () => {
    const all = await call(listCompanies, '/api/v1/companies');
    expect((all.body.items ?? []).map((c) => c.name).sort()).toEqual(['Alfa Plast ApS', 'Beta Smedie ApS']);
    const found = await call(listCompanies, '/api/v1/companies?q=plastik');
    expect((found.body.items ?? []).map((c) => c.name)).toEqual(['Alfa Plast ApS']);
    expect((await call(getCompany, '/x', undefined, { ref: companyRefA })).body).toMatchObject({ name: 'Alfa Plast ApS', contact: null });
    expect((await call(getCompany, '/x', tokenA, { ref: companyRefA })).body).toMatchObject({ canEdit: true, contact: { street: 'Industrivej 1' } });
    expect((await call(getCompany, '/x', tokenB, { ref: unapprovedRef })).status).toBe(404);
    expect((await call(listCompanies, '/api/v1/companies?size=huge')).status).toBe(422);
  });

  it('searches listings and companies together', async () => {
    const r = await call(search, '/api/v1/search?q=plastik', tokenB);
    expect(r.status).toBe(200);
    const body = r.body as unknown as { listings: { items: { title: string }[] }; companies: { items: { name: string }[] } };
    expect(body.listings.items.map((i) => i.title)[0]).toBe('Offentlig plastkapacitet');
    expect(body.companies.items.map((i) => i.name)).toEqual(['Alfa Plast ApS']);
    const missing = await call(search, '/api/v1/search');
    expect(missing.status).toBe(422);
    expect((missing.body.error as { issues: { path: string }[] }).issues[0]?.path).toBe('query.q');
  });
});
