// The 情景模拟 screen end to end, on the example county the app opens with:
// a scenario created through the UI, one event added to a unit (a city
// criticism of 东岗镇 t02, tied 4th with 西河镇 t03 and holding an
// excellent slot) — its delta and its rank change are shown and its row is
// highlighted (class and screen-reader text); the parts chart of the unit;
// then a goal seek for 优秀 with the default levers on 柳湾镇 t08 (良好,
// 7th of 15 towns with 5 excellent slots: it needs several steps), applied
// as a new scenario whose comparison shows t08 reaching 优秀.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, openApp, screenshot, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const row = (page, unit) => page.locator(`#whatif-row-${unit}`);

test('a scenario with one more event shows the delta and the rank change; goal seek reaches 优秀 in a new scenario', async () => {
  const { page, context, problems } = await openApp(app);
  await page.click('#nav-whatif');
  await page.locator('#screen-whatif').waitFor();
  assert.equal(await page.locator('#screen-title').textContent(), '情景模拟');
  await page.locator('#whatif-empty').waitFor();

  // Create a named scenario.
  await page.fill('#whatif-new-name', '东岗镇被通报批评');
  await page.click('#whatif-add');
  const items = page.locator('#whatif-list li');
  assert.equal(await items.count(), 1);
  assert.match(await items.first().textContent(), /东岗镇被通报批评/);
  assert.equal(await items.first().locator('button').getAttribute('aria-pressed'), 'true');
  await page.locator('#whatif-nochange').waitFor();

  // Change one event of 东岗镇: a city-level criticism in Q4.
  await page.selectOption('#whatif-unit', 't02');
  await page.locator('#whatif-inputs-title', { hasText: '东岗镇' }).waitFor();
  await page.selectOption('#whatif-ev-add-kind', 'deduction.criticism');
  await page.selectOption('#whatif-ev-add-level', 'city');
  await page.selectOption('#whatif-ev-add-quarter', '4');
  await page.click('#whatif-ev-add');
  await page.locator('#whatif-overridden').waitFor();
  assert.match(await items.first().textContent(), /改动 1 个单位/);

  const t02 = row(page, 't02');
  await t02.waitFor();
  assert.ok(Number(await t02.getAttribute('data-delta')) < 0, 'the total falls');
  assert.match(await t02.locator('.whatif-delta').textContent(), /^−\d+\.\d\d$/);
  assert.equal(await t02.getAttribute('data-rank-before'), '4');
  assert.ok(Number(await t02.getAttribute('data-rank-after')) > 4, 'the rank falls');
  assert.equal(await t02.getAttribute('data-highlight'), 'true');
  assert.match(await t02.getAttribute('class'), /whatif-hl/);
  assert.match(await t02.locator('.visually-hidden').textContent(), /名次、等次、奖项或提示有变化/);
  // 西河镇, tied with it before, now ranks alone ahead of it.
  assert.equal(await row(page, 't03').getAttribute('data-highlight'), 'false');
  // A unit nothing happened to is not highlighted.
  assert.equal(await row(page, 't01').getAttribute('data-highlight'), 'false');

  // The chart of 东岗镇: paired bars with their values as text.
  const chart = page.locator('#whatif-chart');
  await chart.waitFor();
  assert.equal(await chart.locator('.whatif-bar').count(), 10);
  const ded = chart.locator('[data-part="deductions"][data-series="scen"] text');
  assert.match(await ded.textContent(), /^\d+\.\d\d$/);
  assert.match(await chart.textContent(), /扣分/);
  assert.match(await chart.textContent(), /分值/);
  // Only the changed units, on request.
  await page.check('#whatif-changed-only');
  assert.equal(await row(page, 't01').count(), 0);
  assert.equal(await t02.getAttribute('data-highlight'), 'true');
  await page.uncheck('#whatif-changed-only');
  await row(page, 't01').waitFor();
  await screenshot(page, 'whatif-event');

  // Goal seek for 优秀 on 柳湾镇 with the default levers.
  await page.selectOption('#whatif-unit', 't08');
  await page.locator('#whatif-gs-title', { hasText: '柳湾镇' }).waitFor();
  assert.equal(await page.locator('#whatif-gs-kind').inputValue(), 'grade');
  assert.equal(await page.locator('#whatif-gs-grade').inputValue(), 'excellent');
  const levers = page.locator('#whatif-gs-levers input[type="checkbox"]');
  assert.ok((await levers.count()) > 1);
  for (const box of await levers.all()) assert.ok(await box.isChecked());
  await page.click('#whatif-gs-solve');
  const answer = page.locator('#whatif-gs-answer .whatif-answer');
  await answer.waitFor();
  assert.equal(await answer.getAttribute('data-status'), 'reached');
  assert.ok(Number(await answer.getAttribute('data-steps')) > 1, 'more than one step');
  assert.equal(await answer.getAttribute('data-grade-after'), 'excellent');
  assert.match(await page.locator('#whatif-gs-after').textContent(), /优秀/);
  await screenshot(page, 'whatif-goalseek');

  await page.click('#whatif-gs-apply');
  assert.equal(await items.count(), 2);
  const added = items.nth(1);
  assert.match(await added.textContent(), /柳湾镇/);
  assert.equal(await added.locator('button').getAttribute('aria-pressed'), 'true');
  const t08 = row(page, 't08');
  await t08.waitFor();
  assert.equal(await t08.getAttribute('data-grade-before'), 'good');
  assert.equal(await t08.getAttribute('data-grade-after'), 'excellent');
  assert.equal(await t08.getAttribute('data-highlight'), 'true');
  assert.match(await t08.locator('.whatif-grade').textContent(), /良好 → 优秀/);
  // The first scenario is untouched: selecting it shows 东岗镇's change again.
  await items.first().locator('button').click();
  assert.equal(await row(page, 't02').getAttribute('data-highlight'), 'true');
  assert.equal(await row(page, 't08').getAttribute('data-highlight'), 'false');
  await screenshot(page, 'whatif-applied');
  assertClean(problems);
  await context.close();
});

test('the single changes of the sensitivity table show both values with the same decimal places', async () => {
  const { page, context, problems } = await openApp(app);
  await page.click('#nav-whatif');
  await page.locator('#whatif-sens tbody tr').first().waitFor();
  const texts = await page.locator('#whatif-sens tbody tr td:nth-child(2)').allTextContents();
  const pairs = texts.map((t) => /(-?\d+(?:\.(\d+))?) → (-?\d+(?:\.(\d+))?)/.exec(t)).filter(Boolean);
  assert.ok(pairs.length > 0, `value changes are listed: ${texts.join(' | ')}`);
  for (const m of pairs) {
    assert.equal((m[2] ?? '').length, (m[4] ?? '').length, `"${m[0]}" mixes decimal places`);
  }
  assertClean(problems);
  await context.close();
});
