// Issue 14's header and request findings against the real production server: every page carries a
// nonce CSP that Next.js's own scripts satisfy (no violation, the page hydrates), a
// Permissions-Policy, no HSTS over http; an undecodable path is a 404, not a 500; a visitor cannot
// post a large body. The unit-level checks are in tests/security/.
import { expect, test } from '@playwright/test';
import { screens } from './support/screens';

test('pages carry a nonce CSP that the app runs under without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Permissions-Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ['/', '/listings', '/map', '/signin']) {
    const res = await page.goto(path);
    expect(res!.status()).toBe(200);
    const csp = res!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(res!.headers()['permissions-policy']).toContain('camera=()');
    expect(res!.headers()['strict-transport-security']).toBeUndefined(); // APP_URL is http here
    const nonce = /'nonce-([^']+)'/.exec(csp!)![1];
    // Next.js put this response's nonce on every script of the page it sent. (Chunks its runtime
    // inserts later, e.g. the map's, carry none: 'strict-dynamic' trusts them as loaded by a trusted
    // script, and a violation would show up in the console check below.)
    const tags = (await res!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  }
  // Hydrated: the map draws its list of listings (client code under the policy).
  await page.goto('/map');
  await expect(page.getByText(/\d+ opslag i kortudsnittet/)).toBeVisible({ timeout: 30_000 });
  await screens(page, 'security-map-under-csp');
  expect(violations).toEqual([]);
});

test('an undecodable path is a 404 page, not a 500', async ({ page, request }) => {
  for (const path of ['/listings/%FF', '/companies/%FF', '/themes/%FF', '/notifications/%FF']) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const api = await request.get('/api/v1/listings/%FF');
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
});

test('a visitor cannot post a large body', async ({ request }) => {
  const big = 'x'.repeat(1024 * 1024);
  const action = await request.post('/signup', { headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }, data: big });
  expect(action.status()).toBe(413);
  const api = await request.post('/api/v1/auth/signup', { headers: { 'content-type': 'application/json' }, data: JSON.stringify({ name: big }) });
  expect(api.status()).toBe(413);
});

test('a firm no network has approved yet is told its listing is not public, and a visitor cannot see it', async ({ browser }) => {
  test.setTimeout(90_000);
  const { signedInPage } = await import('./support/auth');
  const { context, page } = await signedInPage(browser, 'pakkeri@demo.industrivej.dk', '/listings/new');
  try {
    await expect(page.getByRole('note')).toContainText('endnu ikke godkendt i et netværk');
    await page.getByRole('radio', { name: /^Tilbud/ }).check();
    await page.getByLabel('Kategori').selectOption({ label: 'Ledig kapacitet' });
    await page.getByLabel('Overskrift').fill('Ledig kapacitet til pakning og etikettering');
    await page.getByLabel('Beskrivelse').fill('Vi kan pakke og etikettere op til 2.000 enheder om dagen.');
    await page.getByRole('radio', { name: /^Alle/ }).check();
    await page.getByRole('button', { name: 'Opret opslag' }).click();
    await page.waitForURL(/\/listings\/li-[a-z0-9]+(\?new=1)?$/);
    await expect(page.getByRole('heading', { name: 'Opslaget er ikke offentligt endnu' })).toBeVisible();
    await screens(page, 'security-listing-not-public-yet');
    const url = new URL(page.url()).pathname;
    const visitor = await browser.newContext();
    try {
      const res = await (await visitor.newPage()).goto(url);
      expect(res!.status()).toBe(404);
    } finally {
      await visitor.close();
    }
  } finally {
    await context.close();
  }
});
