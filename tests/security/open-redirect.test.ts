// Finding (issue 14, Medium): "open redirect". /signin?callbackUrl=%2F%09%2Fevil.example sent a
// signed-in user to evil.example: the check looked at the raw string ("starts with one slash"),
// while browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example" is
// "//evil.example". Every redirect target is now resolved against APP_URL and kept only when its
// origin is the app's (lib/auth/redirect.ts), for sign-in, the layouts' way back and Auth.js.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { safeRedirect, safeRedirectPath, sameOriginPath } from '@/lib/auth/redirect';
import { resetEnvCache } from '@/lib/env';
import { REQUEST_PATH_HEADER, requestPathFrom } from '@/lib/request-path';
import { signInSchema } from '@/lib/validations/auth';

const APP = 'https://industrivej.example.dk';

// What a browser does with a Location header: resolve it against the page's URL.
const browserTarget = (location: string) => new URL(location, `${APP}/signin`).origin;

const ATTACKS = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example/x',
  '\t//evil.example',
  ' //evil.example',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  'https://evil.example/x',
  'https:evil.example',
  'HTTPS://EVIL.EXAMPLE',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  `${APP}@evil.example/`,
  'https://industrivej.example.dk.evil.example/',
];

// The sign-in page, as a signed-in visitor opens it: it redirects at once.
class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));
vi.mock('@/lib/dal/viewer', () => ({ getViewer: async () => ({ userId: 'signed-in' }) }));

const saved = process.env.APP_URL;
beforeAll(() => {
  process.env.APP_URL = APP;
  resetEnvCache();
});
afterAll(() => {
  if (saved === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = saved;
  resetEnvCache();
});

async function signInPageRedirect(callbackUrl: string): Promise<string> {
  const { default: SignInPage } = await import('@/app/(auth)/signin/page');
  try {
    await SignInPage({ searchParams: Promise.resolve({ callbackUrl }) });
  } catch (error) {
    if (error instanceof Redirected) return error.to;
    throw error;
  }
  throw new Error('no redirect');
}

describe('open redirect', () => {
  it('/signin?callbackUrl=%2F%09%2Fevil.example sends a signed-in user to the dashboard, not to evil.example', async () => {
    const callbackUrl = new URLSearchParams('callbackUrl=%2F%09%2Fevil.example').get('callbackUrl')!;
    const to = await signInPageRedirect(callbackUrl);
    expect(to).toBe('/dashboard');
    expect(browserTarget(to)).toBe(APP);
  });

  it('no attack string leaves the site, from the sign-in page, the forms or the Auth.js redirect callback', async () => {
    for (const attack of ATTACKS) {
      const page = await signInPageRedirect(attack);
      expect(browserTarget(page), attack).toBe(APP);
      const parsed = signInSchema.parse({ email: 'a@b.dk', password: 'x', callbackUrl: attack }).callbackUrl;
      expect(browserTarget(parsed), attack).toBe(APP);
      expect(browserTarget(safeRedirect(attack, APP)), attack).toBe(APP);
      // (A header cannot carry a line break at all.)
      if (!/[\r\n]/.test(attack)) expect(browserTarget(requestPathFrom(new Headers({ [REQUEST_PATH_HEADER]: attack })) ?? '/'), attack).toBe(APP);
    }
  });

  it('Auth.js itself uses the rule: its redirect callback keeps only APP_URL targets', async () => {
    const { authConfig } = await import('@/lib/auth/config');
    const redirect = authConfig().callbacks!.redirect!;
    for (const attack of ATTACKS) {
      const to = await redirect({ url: attack, baseUrl: 'https://evil.example' });
      expect(browserTarget(to), attack).toBe(APP);
    }
    expect(await redirect({ url: '/listings?q=svejsning#top', baseUrl: APP })).toBe('/listings?q=svejsning#top');
    expect(await redirect({ url: `${APP}/account`, baseUrl: APP })).toBe('/account');
  });

  it('keeps real paths on the site as they were', async () => {
    expect(await signInPageRedirect('/listings/new?kind=offer')).toBe('/listings/new?kind=offer');
    expect(await signInPageRedirect(`${APP}/account`)).toBe('/account');
    expect(safeRedirectPath('/networks/vestsjaelland', '/dashboard')).toBe('/networks/vestsjaelland');
    expect(sameOriginPath('/a//b', APP)).toBe('/a//b');
    // A same-origin URL whose path starts with two slashes must not become "//host" once shortened.
    expect(sameOriginPath(`${APP}//evil.example/x`, APP)).toBe('/evil.example/x');
  });
});
