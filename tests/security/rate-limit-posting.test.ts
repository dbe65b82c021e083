// Finding (issue 14, Medium, rate limits): "there is no limit at all on posting listings, interest
// messages (each e-mails the other firm) or API calls per token", and RATE_LIMIT_SCALE is
// documented as covering posting. These drive the real server actions and API route: over the
// limit the form says how long to wait (keeping what was typed) and nothing is written or e-mailed;
// the API answers 429 with Retry-After and the catalogue's JSON error. Counters are in the
// database, so every app instance shares them.
import { count, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { introductions, listings } from '@/db/schema';
import { GET as search } from '@/app/api/v1/search/route';
import { expressInterestAction } from '@/lib/actions/introductions';
import { createListingAction } from '@/lib/actions/listings';
import { createApiToken } from '@/lib/dal/api-tokens';
import type { Viewer } from '@/lib/dal/viewer';
import { resetEnvCache } from '@/lib/env';
import type { FormState } from '@/lib/form-state';
import { loadMessages } from '@/lib/i18n/messages';
import { testOutbox } from '@/lib/mail';
import { ACTIVITY_LIMITS, scaledLimit } from '@/lib/rate-limit';
import { setupTestDb } from '../integration/helpers/db';
import { makeListing, makeMemberFirm, makeNetwork } from '../integration/helpers/factories';

// The actions run as in Next.js: the signed-in viewer, Danish messages, redirects as exceptions.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/dal/viewer', async (original) => ({ ...(await original<object>()), getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => {
  class Redirect extends Error {
    digest = 'NEXT_REDIRECT';
  }
  return {
    redirect: (to: string) => {
      throw new Redirect(to);
    },
    unstable_rethrow: (error: unknown) => {
      if ((error as { digest?: string })?.digest === 'NEXT_REDIRECT') throw error;
    },
  };
});
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: 'da', messages: loadMessages('da') as never, namespace: namespace as never }),
  getLocale: async () => 'da',
}));

const db = setupTestDb();
const savedScale = process.env.RATE_LIMIT_SCALE;
beforeAll(() => {
  // A quarter of the built-in limits: the test posts a handful instead of dozens.
  process.env.RATE_LIMIT_SCALE = '0.25';
  resetEnvCache();
});
afterAll(() => {
  if (savedScale === undefined) delete process.env.RATE_LIMIT_SCALE;
  else process.env.RATE_LIMIT_SCALE = savedScale;
  resetEnvCache();
});

function formData(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function run(action: (prev: FormState, data: FormData) => Promise<FormState>, values: Record<string, string>): Promise<FormState | 'redirected'> {
  try {
    return await action({ ok: false }, formData(values));
  } catch (error) {
    if ((error as { digest?: string }).digest === 'NEXT_REDIRECT') return 'redirected';
    throw error;
  }
}

const listingForm = {
  kind: 'offer',
  category: 'equipment',
  title: 'Palleløfter til udlån',
  description: 'Elektrisk palleløfter, kan lånes på hverdage.',
  visibility: 'network',
};

describe('no limit on posting listings, interest messages or API calls per token', () => {
  it('RATE_LIMIT_SCALE covers posting: at 0.25, five listings an hour, then a message that keeps the form', async () => {
    const limit = 5; // 20 an hour × 0.25 (literal: the test must fail on code without the limit)
    expect(limit).toBe(scaledLimit(ACTIVITY_LIMITS.listingPerUserHour ?? { limit: 0 }, 0.25));
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    session.viewer = a.viewer;
    for (let i = 0; i < limit; i++) expect(await run(createListingAction, { ...listingForm, title: `Palleløfter nr. ${i}` })).toBe('redirected');
    const refused = await run(createListingAction, { ...listingForm, title: 'Endnu en palleløfter' });
    expect(refused).toMatchObject({ ok: false, values: { title: 'Endnu en palleløfter' } });
    expect((refused as FormState).message).toMatch(/Prøv igen om \d+ minut/);
    const [{ n }] = (await db().select({ n: count() }).from(listings).where(eq(listings.companyId, a.company.id))) as [{ n: number }];
    expect(n).toBe(limit);
  });

  it('interest messages: each e-mails the other firm, so a member gets a few an hour, then a message and no e-mail', async () => {
    const limit = 3; // 10 an hour × 0.25, rounded
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const b = await makeMemberFirm(db(), net.id, { email: 'kontakt@plast.example' });
    const targets = await Promise.all(Array.from({ length: limit + 2 }, (_, i) => makeListing(db(), b.company.id, { title: `Sprøjtestøbning ${i}` })));
    session.viewer = a.viewer;
    testOutbox.length = 0;
    const answers = [];
    for (const t of targets) answers.push(await run(expressInterestAction, { toListingRef: t.ref, message: 'Vi er interesserede – kan vi tale sammen?' }));
    expect(answers.slice(0, limit).every((x) => typeof x !== 'string' && x.ok)).toBe(true);
    for (const refused of answers.slice(limit)) expect((refused as FormState).message).toMatch(/Prøv igen om \d+ minut/);
    const [{ n }] = (await db().select({ n: count() }).from(introductions).where(eq(introductions.fromCompanyId, a.company.id))) as [{ n: number }];
    expect(n).toBe(limit);
    expect(testOutbox.length).toBeLessThanOrEqual(limit);
  });

  it('API calls per token: 429 with Retry-After and the catalogue error; another token is not affected', async () => {
    process.env.RATE_LIMIT_SCALE = '0.01'; // 300 a minute → 3, so that the calls fit in one window
    resetEnvCache();
    const limit = 3;
    const net = await makeNetwork(db());
    const a = await makeMemberFirm(db(), net.id);
    const call = (t: string) => search(new Request('http://localhost/api/v1/search?q=palle', { headers: { authorization: `Bearer ${t}` } }));
    // A fixed one-minute window: should the calls straddle a minute boundary, try again with new tokens.
    for (let attempt = 0; ; attempt++) {
      const minute = Math.floor(Date.now() / 60_000);
      const { token } = await createApiToken(a.viewer, `script ${attempt}`);
      const { token: other } = await createApiToken(a.viewer, `other ${attempt}`);
      const statuses: number[] = [];
      for (let i = 0; i < limit; i++) statuses.push((await call(token)).status);
      const refused = await call(token);
      if (Math.floor(Date.now() / 60_000) !== minute && attempt < 2) continue;
      expect(statuses).toEqual([200, 200, 200]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests.' } });
      expect((await call(other)).status).toBe(200);
      break;
    }
  });
});
