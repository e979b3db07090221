// Opening the demo under another local name than PUBLIC_URL's (the
// server runs with PUBLIC_URL on 127.0.0.1; people type localhost, or the
// other way round): sign-in first moves to PUBLIC_URL's host, so the
// login cookie and the callback meet, and ends signed in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const BASE = process.env.ZW_BASE_URL;
if (!BASE) throw new Error('ZW_BASE_URL is not set: run the suite with `npm run e2e`');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});
after(async () => browser?.close());

test('sign-in from the other local name of the machine ends signed in', async () => {
  const base = new URL(BASE);
  const other = new URL(BASE);
  other.hostname = base.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(other.origin + '/');
  await page.getByTestId('signin').click();
  await page.waitForURL((u) => u.origin !== other.origin && u.origin !== base.origin, { timeout: 20_000 }); // the IdP
  await page.locator('li').filter({ hasText: 'Dezernent II' }).locator('button').first().click();
  await page.waitForURL((u) => u.origin === base.origin, { timeout: 20_000 });
  await page.locator('.zw-person__name').waitFor();
  assert.doesNotMatch(await page.content(), /Anmeldung fehlgeschlagen/);
  assert.equal(new URL(page.url()).origin, base.origin, 'signed in on PUBLIC_URL’s host');
  await context.close();
});
