// Opening the demo on the address people type, http://127.0.0.1:PORT,
// while the server's PUBLIC_URL is http://localhost:PORT (as it prints by
// default): sign-in first moves to PUBLIC_URL's host, so the login cookie
// and the callback meet, and ends signed in. run.mjs starts that server
// (ZW_LOCALHOST_URL) only for this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const PUBLIC = process.env.ZW_LOCALHOST_URL;
if (!PUBLIC) throw new Error('ZW_LOCALHOST_URL is not set: run the suite with `npm run e2e`');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});
after(async () => browser?.close());

test('opens the demo on 127.0.0.1 and signs in', async () => {
  const pub = new URL(PUBLIC);
  assert.equal(pub.hostname, 'localhost', 'the server’s PUBLIC_URL names localhost');
  const typed = new URL(PUBLIC);
  typed.hostname = '127.0.0.1';
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const opened = await page.goto(typed.origin + '/');
  assert.equal(new URL(opened.url()).origin, typed.origin, 'the page opened is the address typed');
  assert.equal(opened.status(), 200);
  await page.getByTestId('signin').click();
  await page.waitForURL((u) => u.origin !== typed.origin && u.origin !== pub.origin, { timeout: 20_000 }); // the IdP
  await page.locator('li').filter({ hasText: 'Dezernent II' }).locator('button').first().click();
  await page.waitForURL((u) => u.origin === pub.origin, { timeout: 20_000 });
  await page.locator('.zw-person__name').waitFor();
  assert.doesNotMatch(await page.content(), /Anmeldung fehlgeschlagen/);
  assert.equal(new URL(page.url()).origin, pub.origin, 'signed in on PUBLIC_URL’s host');
  // The session is real: the API answers as the person signed in.
  const me = await page.evaluate(async () => {
    const r = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Zielwerk-CSRF': '1' }, body: JSON.stringify({ query: '{ me { person { name } } }' }) });
    return r.json();
  });
  assert.ok(me.data?.me?.person?.name, `signed in: ${JSON.stringify(me)}`);
  await context.close();
});
