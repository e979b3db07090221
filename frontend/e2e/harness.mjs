// The browser harness the suites share (app.test.mjs, pay.test.mjs):
// Debian's Chromium through playwright-core, one context per page with
// German locale and Berlin time, axe-core (WCAG 2.1 A/AA) on every view,
// screenshots and reports to e2e/screenshots/, Content-Security-Policy
// violations collected, and sign-in through the demo IdP by the label its
// login page shows.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.ZW_BASE_URL;
if (!BASE) throw new Error('ZW_BASE_URL is not set: run the suite with `npm run e2e`');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const IDP = process.env.ZW_IDP_URL ? new URL(process.env.ZW_IDP_URL).origin : null;
/** Agreement ids are Relay global ids: base64("Agreement:<n>"). */
export const agreementId = (n) => Buffer.from(`Agreement:${n}`).toString('base64').replace(/=+$/, '');

/** Registers the browser's start and end in the calling suite; reports are
 * written as `${prefix}axe-report.json` and `${prefix}screenshots.json`. */
export function harness(prefix = '') {
  let browser;
  const axeReport = {};
  const screenshots = {};
  const cspViolations = [];

  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // playwright passes a fresh temporary --user-data-dir itself (and
        // refuses one given here); every run starts with an empty profile.
      ],
    });
  });

  after(async () => {
    await browser?.close();
    writeFileSync(join(shots, `${prefix}axe-report.json`), JSON.stringify(axeReport, null, 2));
    writeFileSync(join(shots, `${prefix}screenshots.json`), JSON.stringify(screenshots, null, 2));
    console.log('axe violations per view:', JSON.stringify(Object.fromEntries(Object.entries(axeReport).map(([k, v]) => [k, v.length]))));
    console.log('screenshots:', JSON.stringify(screenshots, null, 1));
  });

  async function newPage(viewport = { width: 1366, height: 900 }) {
    const context = await browser.newContext({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text()) && !(IDP && page.url().startsWith(IDP))) cspViolations.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  }

  async function shot(page, name) {
    const path = join(shots, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    screenshots[name] = `frontend/e2e/screenshots/${name}.png`;
  }

  /** Runs axe-core (WCAG 2.1 A/AA) in the page; CDP evaluation is not subject to the page's CSP. */
  async function axe(page, name) {
    const violations = await page.evaluate(async (src) => {
      if (!window.axe) (0, eval)(src);
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    }, axeSource);
    axeReport[name] = violations;
    assert.deepEqual(violations, [], `axe violations on ${name}: ${JSON.stringify(violations, null, 1)}`);
  }

  async function view(page, name) {
    await page.waitForLoadState('networkidle');
    await page.locator('.zw-loading').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {});
    await shot(page, name);
    await axe(page, name);
  }

  return { newPage, shot, axe, view, cspViolations };
}

/** Signs in through the demo IdP by the label the login page shows next to the person. */
export async function signIn(page, pick, path = '/') {
  await page.goto(BASE + path);
  await page.getByTestId('signin').click();
  await page.waitForURL((u) => !u.href.startsWith(BASE), { timeout: 20_000 });
  const button = pick(page);
  await button.waitFor();
  await button.click();
  await page.waitForURL((u) => u.href.startsWith(BASE), { timeout: 20_000 });
  await page.locator('.zw-person__name').waitFor();
}

export const byLabel = (label, not) => (p) => {
  let li = p.locator('li').filter({ hasText: label });
  if (not) li = li.filter({ hasNotText: not });
  return li.locator('button').first();
};
export const AS_OFFICE = byLabel('Büro der Oberbürgermeisterin');
export const AS_OB = byLabel('Oberbürgermeisterin', 'Büro');
export const AS_DEZERNENT = byLabel('Dezernent II');
export const AS_AMTSLEITUNG = byLabel('Amtsleitung');
export const AS_CONTROLLING = byLabel('Controlling');
export const AS_HR = byLabel('Personalwesen');
