// Screenshots of a page on a desktop and on a phone (390 px wide), saved under
// test-results/screenshots/ for people to look at. The phone pass also checks that the page fits
// the screen: sideways scrolling on a phone is a layout bug, so it fails the test.
import { expect, type Page } from '@playwright/test';
import path from 'node:path';

const DIR = path.join('test-results', 'screenshots');
const PHONE = { width: 390, height: 844 };

export async function screens(page: Page, name: string) {
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.screenshot({ path: path.join(DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name}: wider than a 390 px phone screen`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(DIR, `${name}-phone.png`), fullPage: true });
  } finally {
    await page.setViewportSize(desktop);
  }
}
