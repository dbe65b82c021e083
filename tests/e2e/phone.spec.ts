// On a phone (390 px) every control in the header is a comfortable touch target (44 px tall),
// for visitors and for signed-in users, whose header has more links.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/auth';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectHeaderTargets(page: Page) {
  const controls = page.getByRole('banner').locator('a, button');
  const count = await controls.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    expect(box!.height, `${await control.innerText()} (${(await control.getAttribute('href')) ?? 'button'})`).toBeGreaterThanOrEqual(44);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('header controls are 44 px touch targets on a phone, signed out and signed in', async ({ page }) => {
  await page.goto('/listings');
  await expectHeaderTargets(page);
  await signIn(page, DEMO.facilitator, undefined, '/facilitator');
  await expectHeaderTargets(page);
});
