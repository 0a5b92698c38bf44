// The 规则 (rule editor) screen end to end, on the example county: edit a
// rule (the provincial points of 表彰奖励, 1 → 2, typed with a full-width
// digit), see 红岩镇's total change (97.48 → 98.48) in the screen's effect
// preview — and in the 考核计算 roster when that screen is there — and the
// edited mark; reset with confirmation and see the totals return and the
// mark go. A 360 weight that breaks the sum is marked at its field and in
// the summary. axe-core reports no serious or critical violation on the
// screen with every section open (and an issue shown). Screenshots land in
// tests/e2e/artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, assertClean, openApp, screenshot, startApp } from './harness.mjs';

// 红岩镇 (t10) has one provincial commendation; its honours stay under the cap.
const UNIT = 't10';
const BEFORE = '97.48';
const AFTER = '98.48';
const POINTS = '#rule-events-0-points-provincial';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The unit's total in the 考核计算 roster (its total button carries it). */
async function rosterTotal(page) {
  await page.locator('#nav-calc').click();
  const cell = page.locator(`#calc-total-${UNIT}`);
  await cell.waitFor();
  return (await cell.getAttribute('data-total')) ?? (await cell.textContent()).trim();
}

async function openRules(page) {
  await page.locator('#nav-rules').click();
  await page.locator('#screen-rules').waitFor();
}

/** Opens one section by its summary line (keyboard: Enter on the summary). */
async function openSection(page, id) {
  const summary = page.locator(`#rules-sec-${id} > summary`);
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.locator(`#rules-sec-${id} .rule-section-body`).waitFor();
}

test('editing a rule changes the totals and shows the edited mark; reset brings them back', async () => {
  const { page, context, problems } = await openApp(app);
  assert.equal(await rosterTotal(page), BEFORE);

  await openRules(page);
  assert.equal(await page.locator('#screen-title').textContent(), '规则');
  assert.equal(await page.locator('#rules-edited-mark').count(), 0);
  assert.match(await page.locator('#rules-set-name').textContent(), /示例规则.*与示例规则一致/);
  assert.equal(await page.locator('#rules-reset').isDisabled(), true);

  await openSection(page, 'events');
  const field = page.locator(POINTS);
  assert.equal(await field.inputValue(), '1');
  // The label is the rule data's own (表彰奖励) and the field's.
  assert.match(await page.locator('#rule-events-0 > legend').textContent(), /表彰奖励/);
  await field.fill('２');
  await field.press('Tab');

  await page.locator('#rules-edited-mark').waitFor();
  assert.match(await page.locator('#rules-edited-mark').textContent(), /已修改/);
  assert.equal(await field.getAttribute('aria-invalid'), null);
  const row = page.locator(`#rules-preview tr[data-unit="${UNIT}"]`);
  assert.equal((await row.locator('th').textContent()).trim(), '红岩镇');
  assert.equal((await row.locator('.rules-preview-base').textContent()).trim(), BEFORE);
  assert.equal((await row.locator('.rules-preview-now').textContent()).trim(), AFTER);
  await screenshot(page, 'rules-edited');

  assert.equal(await rosterTotal(page), AFTER);

  // Reset, with confirmation (cancel first: nothing changes).
  await openRules(page);
  await page.locator('#rules-reset').click();
  assert.equal(await page.locator('#rules-reset-no').evaluate((b) => b === document.activeElement), true);
  await page.locator('#rules-reset-no').click();
  assert.equal(await page.locator('#rules-edited-mark').count(), 1);
  // Focus returns to the opener (cancel, then Escape).
  await page.waitForFunction(() => document.activeElement?.id === 'rules-reset');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'rules-reset-no');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'rules-reset');
  assert.equal(await page.locator('#rules-reset-confirm').count(), 0);
  await page.locator('#rules-reset').click();
  await page.locator('#rules-reset-yes').click();
  assert.equal(await page.locator('#rules-edited-mark').count(), 0);
  // The opener is off now; the screen's title holds focus, not the page.
  await page.waitForFunction(() => document.activeElement?.id === 'screen-title');
  assert.equal(await page.locator('#rules-preview').count(), 0);
  // (Switching screens closed the sections.)
  await openSection(page, 'events');
  assert.equal(await page.locator(POINTS).inputValue(), '1');

  assert.equal(await rosterTotal(page), BEFORE);
  assertClean(problems);
  await context.close();
});

test('a 360 weight that breaks the sum is marked at the field and in the summary', async () => {
  const { page, context, problems } = await openApp(app);
  await openRules(page);
  await openSection(page, 'feedback');
  const w = page.locator('#rule-feedback-groups-2-weight');
  await w.fill('15');
  await w.press('Tab');
  await page.locator('#rules-issues').waitFor();
  assert.equal(await w.getAttribute('aria-invalid'), 'true');
  const described = (await w.getAttribute('aria-describedby')).split(' ');
  const messages = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
  assert.ok(messages.some((m) => m.includes('权重合计为 95，须为 100')), messages.join(' | '));
  assert.match(await page.locator('#rules-issues').textContent(), /修正之前不计算考核结果/);
  assert.match(await page.locator('#rules-sec-feedback > summary').textContent(), /1 处问题/);

  // The summary's link moves focus to the first marked weight.
  await page.locator('#rules-collapse-all').click();
  await page.locator('#rules-issues a.rule-issue-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'rule-feedback-groups-0-weight');
  await screenshot(page, 'rules-issue');
  assertClean(problems);
  await context.close();
});

test('axe: no serious or critical violation on the rules screen with every section open', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN', bypassCSP: true });
  const { page, problems } = await openApp(app, { context });
  await openRules(page);
  await page.locator('#rules-expand-all').click();
  await page.locator('#rules-sec-calendar .rule-section-body').waitFor();
  // An edit and an issue, so the badge, the preview, the summary and a
  // marked field are checked too.
  await page.locator(POINTS).fill('2');
  await page.locator(POINTS).press('Tab');
  await page.locator('#rule-feedback-groups-2-weight').fill('15');
  await page.locator('#rule-feedback-groups-2-weight').press('Tab');
  await page.locator('#rules-issues').waitFor();
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() =>
    axe.run({ include: [['#screen-rules']] }, { resultTypes: ['violations'] }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
    [],
    'axe violations',
  );
  await screenshot(page, 'rules-all-open');
  assertClean(problems);
  await context.close();
});

test('Ctrl+Z and Ctrl+Shift+Z on the rules screen undo and redo the last rule edit', async () => {
  const { page, context, problems } = await openApp(app);
  await openRules(page);
  await openSection(page, 'events');
  const field = page.locator(POINTS);
  await field.fill('5');
  await field.press('Tab');
  await page.locator('#rules-edited-mark').waitFor();
  // Focus leaves the fields (the browser's own text undo applies inside one).
  await page.click('#screen-title');
  await page.keyboard.press('Control+z');
  await page.locator('#rules-edited-mark').waitFor({ state: 'detached' });
  assert.equal(await field.inputValue(), '1');
  assert.equal(await page.locator('#rules-preview').count(), 0);
  await page.keyboard.press('Control+Shift+z');
  await page.locator('#rules-edited-mark').waitFor();
  assert.equal(await field.inputValue(), '5');
  assertClean(problems);
  await context.close();
});

test('points far above the whole score get a warning at the field and still compute', async () => {
  const { page, context, problems } = await openApp(app);
  await openRules(page);
  await openSection(page, 'events');
  const field = page.locator(POINTS);
  await field.fill('100000000');
  await field.press('Tab');
  await page.locator('#rules-edited-mark').waitFor();
  const box = page.locator('#rule-events-0');
  await box.getByText('超过满分 100 分').first().waitFor();
  assert.match(await box.textContent(), /现为 100000000/);
  // Computed through: the effect preview lists the changed totals.
  await page.locator('#rules-preview tr[data-unit]').first().waitFor();
  assertClean(problems);
  await context.close();
});
