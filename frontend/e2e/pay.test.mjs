// Browser end-to-end tests of performance pay against a running Zielwerk
// (see run.mjs), in the style and with the helpers of app.test.mjs: HR's
// payout simulation and scheme, an objection from the agent, its assignment
// to the joint commission, the commission's decision and the new amount.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, signIn, byLabel, agreementId, BASE, AS_OFFICE, AS_OB, AS_DEZERNENT, AS_AMTSLEITUNG, AS_CONTROLLING, AS_HR } from './harness.mjs';

const { newPage, shot, axe, view, cspViolations } = harness('pay-');

const AS_COMMISSION = byLabel('Paritätische Kommission');
const YEAR = 2026;

/** A GraphQL request with the page's session; throws on errors other than hidden fields. */
async function gqlIn(page, query, variables = {}) {
  const r = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Zielwerk-CSRF': '1' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables],
  );
  const serious = (r.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN' || (e.path?.length ?? 0) < 2);
  assert.deepEqual(serious, [], `GraphQL errors: ${JSON.stringify(serious)}`);
  return r.data;
}

/** "95.000,00 €" → 9500000 cents. */
const centsOf = (text) => Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

/** The page is no wider than the screen (tables scroll in their own region), then axe. */
async function fits(page, name) {
  await view(page, name);
  const w = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // What sticks out, to say so when it does (inside a scrolling region is fine).
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && (!el.parentElement?.closest('.zw-table-region')))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('data-testid') ?? ''}] ${Math.round(el.getBoundingClientRect().right)}`),
  }));
  assert.ok(w.scroll <= w.inner, `${name}: page ${w.scroll} px wide on a ${w.inner} px screen: ${w.wide.join(', ')}`);
}

/** The payout rows as the table shows them: agreement id → cents, and the sum of the included ones. */
async function payoutRows(page) {
  await page.getByTestId('payout-rows').waitFor();
  const rows = await page.locator('[data-testid=payout-rows] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ id: tr.dataset.agreement, state: tr.dataset.state, cents: Number(tr.dataset.cents), shown: tr.querySelector('[data-col=cents]')?.textContent ?? '' })),
  );
  return rows;
}

// What the steps hand on to each other: the agreement objected to and its amount before.
const shared = { agreement: null, centsBefore: null, pointsBefore: null };

test('HR: the payout simulation shows the pot, and the rows add up to it exactly', async () => {
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/ausschuettung');
  await page.getByTestId('pay-simulation').waitFor();
  const pot = centsOf(await page.getByTestId('payout-pot').innerText());
  assert.equal(pot, 10_000_000, 'the demo pot of 2026');
  const rows = await payoutRows(page);
  const included = rows.filter((r) => r.state === 'INCLUDED');
  assert.ok(included.length >= 2, 'assessed agreements are included');
  // The amounts shown are the cents the table carries, and they add up to the pot.
  for (const r of included) assert.equal(centsOf(r.shown), r.cents);
  assert.equal(included.reduce((s, r) => s + r.cents, 0), pot);
  assert.equal(centsOf(await page.getByTestId('payout-total').innerText()), pot);
  assert.match(await page.getByTestId('payout-exact').innerText(), /genau den Topf/);
  // Ordered by name; the distribution table counts every included person.
  const names = await page.locator('[data-testid=payout-rows] tbody th').allInnerTexts();
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' })));
  const people = (await page.locator('[data-testid=payout-distribution] tbody td').allInnerTexts()).map(Number);
  assert.equal(people.reduce((s, n) => s + n, 0), included.length);
  // Sums per Dezernat name the Dezernat and add up to the pot as well.
  const dez = await page.locator('[data-testid=payout-by-dezernat] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('[data-col=cents]')?.textContent ?? '']));
  for (const [name] of dez) assert.match(name, /^Dezernat /, `a Dezernat's name, not ${JSON.stringify(name)}`);
  assert.equal(dez.reduce((s, [, c]) => s + centsOf(c), 0), pot);
  // Sorting by amount puts the largest first.
  await page.getByRole('button', { name: 'Betrag' }).click();
  const sorted = (await payoutRows(page)).map((r) => r.cents);
  assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a));
  await fits(page, 'pay-simulation');
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-simulation-390');
  await page.context().close();
});

test('HR saves a scheme change: an unreadable amount is shown at its field, then the change is saved with its version', async () => {
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/entgeltschema');
  const form = page.getByTestId('pay-scheme-form');
  await form.waitFor();
  assert.equal(await page.getByTestId('pay-scheme-proposal').count(), 0, 'the demo stores a scheme for 2026');
  const before = (await gqlIn(page, 'query($y: Int!) { payScheme(year: $y) { version objectionDays pot bands { fromDegree points } } }', { y: YEAR })).payScheme;
  assert.deepEqual(before.bands.map((b) => [b.fromDegree, b.points]), [[0, 1], [80, 2], [95, 3], [105, 4], [120, 5]]);
  const pot = page.getByLabel('Topf in €');
  assert.equal(await pot.inputValue(), '100.000,00');
  await pot.fill('viel');
  await page.getByTestId('pay-scheme-save').click();
  assert.equal(await pot.getAttribute('aria-invalid'), 'true');
  assert.match(await form.innerText(), /Bitte einen Betrag eingeben/);
  await view(page, 'pay-scheme-error');
  // A longer objection period (the assessments of November are open to objection again) and the pot as typed.
  await pot.fill('100.000 €');
  await page.getByLabel('Einspruchsfrist in Tagen').fill('90');
  await page.getByTestId('pay-scheme-save').click();
  await page.getByTestId('pay-scheme-saved').waitFor().catch(async (e) => assert.fail(`${e.message}\n${await form.innerText()}`));
  assert.equal((await page.getByTestId('pay-scheme-saved').innerText()).trim(), `Entgeltschema ${YEAR} gespeichert (Version ${before.version + 1}). Die Ausschüttung wird damit neu berechnet.`);
  const after = (await gqlIn(page, 'query($y: Int!) { payScheme(year: $y) { version objectionDays pot } }', { y: YEAR })).payScheme;
  assert.deepEqual(after, { version: before.version + 1, objectionDays: 90, pot: 10_000_000 });
  await fits(page, 'pay-scheme');
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-scheme-390');
  // The next year has no stored scheme yet: the page shows the proposal and says so.
  await page.getByLabel('Haushaltsjahr').selectOption(String(YEAR + 1));
  await page.getByTestId('pay-scheme-proposal').waitFor();
  assert.match(await page.getByTestId('pay-scheme-proposal').innerText(), new RegExp(`Für ${YEAR + 1} ist noch kein Entgeltschema gespeichert`));
  assert.equal(await page.getByLabel('Topf in €').inputValue(), '');
  await fits(page, 'pay-scheme-proposal-390');
  await page.context().close();
});

test('the agent objects to the assessment after a dialog that names the deadline; the principal learns why closing waits', async () => {
  const page = await newPage();
  await signIn(page, AS_AMTSLEITUNG);
  const mine = (await gqlIn(page, 'query($y: Int!) { agreements(year: $y, role: AGENT, first: 10) { nodes { id status payRule objectBy viewerCanObject viewerCanAcknowledge } } }', { y: YEAR })).agreements.nodes;
  const a = mine.find((n) => n.status === 'ASSESSED' && n.payRule !== 'NONE');
  assert.ok(a, `an assessed pay-relevant agreement of the demo Amtsleitung: ${JSON.stringify(mine)}`);
  assert.ok(a.viewerCanObject && a.viewerCanAcknowledge, `the objection period is open: ${JSON.stringify(a)}`);
  shared.agreement = a.id;
  await page.goto(BASE + '/vereinbarungen/' + a.id);
  const after = page.getByTestId('pay-aftermath');
  await after.waitFor();
  assert.equal(await after.getAttribute('data-state'), 'periodRunning');
  const [y, m, d] = a.objectBy.split('-');
  const deadline = `${d}.${m}.${y}`;
  assert.match(await page.getByTestId('aftermath-state').innerText(), new RegExp(`bis zum ${deadline.replace(/\./g, '\\.')}`));
  await page.getByRole('button', { name: 'Einspruch einlegen' }).click();
  const reason = 'Die Fallzahlen im Oktober sind durch die Abordnung nicht vergleichbar; Ziel 2 ist erreicht.';
  await page.getByLabel('Begründung des Einspruchs').fill(reason);
  await page.getByTestId('objection-form').getByRole('button', { name: 'Einspruch einlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einspruch einlegen?' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), new RegExp(`Paritätischen Kommission.*bis zum ${deadline.replace(/\./g, '\\.')}`, 's'));
  assert.match(await dialog.innerText(), /Fallzahlen im Oktober/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Abbrechen');
  await axe(page, 'pay-objection-confirm');
  await dialog.getByRole('button', { name: 'Einspruch einlegen' }).click();
  await page.getByTestId('aftermath-done').waitFor();
  assert.match(await page.getByTestId('aftermath-done').innerText(), /Einspruch eingelegt/);
  await page.locator('[data-testid=pay-aftermath][data-state=objectionOpen]').waitFor();
  assert.match(await page.getByTestId('objection-details').innerText(), /Fallzahlen im Oktober/);
  assert.match(await page.getByTestId('timeline').locator('li', { hasText: 'Einspruch eingelegt' }).getAttribute('class'), /zw-timeline__done/);
  assert.equal(await page.getByRole('button', { name: 'Beurteilung bestätigen' }).count(), 0, 'no acknowledgement after an objection');
  await fits(page, 'pay-objection-lodged');
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-objection-lodged-390');
  await page.context().close();

  // The principal: closing is not offered, and the page says why.
  const dez = await newPage();
  await signIn(dez, AS_DEZERNENT, '/vereinbarungen/' + a.id);
  await dez.getByTestId('close-waits').waitFor();
  assert.match(await dez.getByTestId('close-waits').innerText(), /sobald die Paritätische Kommission entschieden hat/);
  assert.equal(await dez.getByRole('button', { name: 'Abschließen' }).count(), 0);
  await view(dez, 'pay-close-waits');
  await dez.context().close();
});

test('HR assigns the objection to Miriam Osterkamp of the joint commission', async () => {
  assert.ok(shared.agreement, 'an objection was lodged');
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/einsprueche');
  const row = page.locator(`[data-testid=objections] tr[data-agreement="${shared.agreement}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-decision'), 'OPEN');
  await view(page, 'pay-objections');
  await row.getByTestId('objection-assign').click();
  const form = page.getByTestId('objection-assign-form');
  await form.getByLabel('Person suchen (Name)').fill('Osterkamp');
  await form.getByTestId('objection-search').click();
  await form.getByLabel('Gefundene Person').locator('option', { hasText: 'Miriam Osterkamp' }).waitFor({ state: 'attached' });
  await form.getByTestId('objection-add-member').click();
  assert.match(await form.getByTestId('objection-members').innerText(), /Miriam Osterkamp/);
  await fits(page, 'pay-objection-assign');
  await form.getByTestId('objection-assign-save').click();
  await form.waitFor({ state: 'detached' });
  assert.match(await page.locator('.kern-alert--success').innerText(), /ist zugewiesen: Miriam Osterkamp/);
  await page.waitForFunction((id) => document.querySelector(`[data-testid=objections] tr[data-agreement="${id}"]`)?.textContent?.includes('Miriam Osterkamp'), shared.agreement);
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-objections-390');
  // The amount before the decision, for the last step.
  const p = (await gqlIn(page, 'query($y: Int!) { payoutSimulation(year: $y) { rows { agreement { id } cents points objectionOpen } } }', { y: YEAR })).payoutSimulation;
  const r = p.rows.find((x) => x.agreement.id === shared.agreement);
  assert.equal(r.objectionOpen, true);
  shared.centsBefore = r.cents;
  shared.pointsBefore = r.points;
  await page.context().close();
});

test('Miriam Osterkamp sees her open case with the assessment part only and decides: degrees changed', async () => {
  assert.ok(shared.agreement, 'an objection was assigned');
  const page = await newPage();
  await signIn(page, AS_COMMISSION);
  await page.getByTestId('start-commission').waitFor();
  const link = page.getByTestId('objections').locator(`tr[data-agreement="${shared.agreement}"] a`);
  await link.waitFor();
  assert.deepEqual(await page.locator('.zw-nav__link').allInnerTexts(), ['Startseite'], 'the commission needs only its start page');
  await fits(page, 'pay-commission-start');
  await link.click();
  await page.locator('[data-testid=agreement][data-access=ASSESSMENT]').waitFor();
  await page.getByTestId('commission-items').waitFor();
  assert.match(await page.getByTestId('commission-reason').innerText(), /Fallzahlen im Oktober/);
  // Neither the agreement's full items, remarks, reviews nor the Protokoll.
  for (const h of ['items-h', 'audit-h', 'reviews-h', 'timeline-h']) assert.equal(await page.locator(`#${h}`).count(), 0, h);
  await fits(page, 'pay-commission-case');
  const form = page.getByTestId('decision-form');
  // A reason is required either way.
  await form.getByTestId('decide-submit').click();
  assert.match(await form.innerText(), /Bitte die Entscheidung begründen/);
  await form.getByLabel('Grade ändern').check();
  // Every degree to the other end of the scale, so that the points surely change.
  const to = shared.pointsBefore >= 5 ? '0' : '150';
  const inputs = form.locator('[data-testid^=decide-degree-]');
  for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(to);
  await form.getByLabel('Begründung der Entscheidung').fill('Die Kommission folgt dem Einspruch: Die Vergleichswerte waren durch die Abordnung verzerrt.');
  await form.getByTestId('decide-submit').click();
  const dialog = page.getByRole('dialog', { name: 'Entscheidung der Kommission erfassen?' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Grade von \d+ Zielen werden geändert/);
  await axe(page, 'pay-decide-confirm');
  await dialog.getByRole('button', { name: 'Entscheidung erfassen' }).click();
  await page.locator('[data-testid=pay-aftermath][data-state=changed]').waitFor();
  assert.equal(await page.getByTestId('decision-form').count(), 0, 'decided once');
  await fits(page, 'pay-commission-decided');
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-commission-decided-390');
  await page.context().close();
});

test("HR's simulation shows the changed amount, and the rows still add up to the pot", async () => {
  assert.ok(shared.centsBefore !== null, 'the amount before the decision is known');
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/ausschuettung');
  const rows = await payoutRows(page);
  const row = rows.find((r) => r.id === shared.agreement);
  assert.ok(row, 'the agreement is in the payout');
  assert.notEqual(row.cents, shared.centsBefore, 'the amount changed with the decision');
  const tr = page.locator(`[data-testid=payout-rows] tr[data-agreement="${shared.agreement}"]`);
  assert.doesNotMatch(await tr.innerText(), /Einspruch offen/);
  assert.equal(rows.filter((r) => r.state === 'INCLUDED').reduce((s, r) => s + r.cents, 0), centsOf(await page.getByTestId('payout-pot').innerText()));
  assert.equal(await page.getByTestId('payout-open-objections').innerText(), '0');
  await view(page, 'pay-simulation-after');
  await page.context().close();
});

test('HR hands the payout to payroll: the download is confirmed, recorded and listed', async () => {
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/uebergabe');
  await page.getByTestId('pay-export').waitFor();
  await page.getByTestId('pay-export-csv').click();
  const dialog = page.getByRole('dialog', { name: `Übergabedatei ${YEAR} erstellen?` });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /protokolliert/);
  await axe(page, 'pay-export-confirm');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'CSV erstellen und protokollieren' }).click()]);
  assert.match(download.suggestedFilename(), /Entgeltabrechnung_LOB_2026.*\.csv$/);
  const row = page.locator('[data-testid=pay-exports] tbody tr').first();
  await row.waitFor();
  assert.match(await row.innerText(), /CSV/);
  assert.match(await row.innerText(), /100\.000,00\s€/);
  await fits(page, 'pay-export');
  await page.context().close();
});

test('the fairness statistics show Dezernate without names and hide small groups', async () => {
  const page = await newPage();
  await signIn(page, AS_HR, '/leistungsentgelt/statistik');
  await page.getByTestId('pay-fairness').waitFor();
  await page.locator('[data-testid=fairness], .zw-empty').first().waitFor();
  const suppressed = page.locator('[data-testid=fairness] tr[data-suppressed=true]');
  for (let i = 0; i < (await suppressed.count()); i++) assert.match(await suppressed.nth(i).innerText(), /weniger als 5 Personen – nicht ausgewiesen/);
  await fits(page, 'pay-fairness');
  await page.setViewportSize({ width: 390, height: 844 });
  await fits(page, 'pay-fairness-390');
  await page.context().close();
});

test('no Content Security Policy violations', () => {
  assert.deepEqual(cspViolations, []);
});
