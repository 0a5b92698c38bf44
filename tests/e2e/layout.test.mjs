// Tables stay readable on a phone and on an office screen: columns are not
// squeezed to a character's width (rows thousands of pixels tall), numbers
// never break across lines, and no screen scrolls sideways.
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

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 768 };

/** Opens the app at `viewport` in `lang` ('zh' or 'en'). */
async function open(viewport, lang) {
  const context = await app.browser.newContext({ viewport, locale: 'zh-CN' });
  const opened = await openApp(app, { context });
  if (lang === 'en') {
    await opened.page.click('#lang-toggle');
    await opened.page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  await opened.page.locator('tr[data-unit]').first().waitFor();
  return opened;
}

/** How many lines the visible text of each element matching `selector`
 * takes (text for screen readers only, `.visually-hidden`, left out). */
function lineCounts(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => {
    const tops = new Set();
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('.visually-hidden') || !n.textContent.trim()) continue;
      text += n.textContent;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    }
    return { text: text.trim(), lines: tops.size };
  }), selector);
}

async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const lang of ['zh', 'en']) {
  test(`phone (${lang}): roster rows keep their columns and totals stay on one line`, async () => {
    const { page, context, problems } = await open(PHONE, lang);
    const heights = await page.$$eval('#screen-calc tr[data-unit]', (rows) => rows.map((r) => r.getBoundingClientRect().height));
    assert.ok(heights.length > 40, 'the example county is shown');
    // A row with eight award chips, one under the other, is ~210px; a
    // column squeezed to one character made rows of 1,700–2,200px.
    const tallest = Math.max(...heights);
    assert.ok(tallest < 400, `a roster row is ${Math.round(tallest)}px tall on a phone`);
    for (const t of await lineCounts(page, '#screen-calc [data-total]')) {
      assert.equal(t.lines, 1, `the total "${t.text}" breaks across lines`);
    }
    assert.ok(await sidewaysScroll(page) <= 0, 'the page scrolls sideways');

    // The unit editor: indicator names keep whole words and the value
    // fields stay reachable in the table's own scroll area.
    await page.locator('#screen-calc tr[data-unit] .calc-link').first().click();
    await page.locator('input[id^="calc-ind-"][id$="-actual"]').first().waitFor();
    const nameWidths = await page.$$eval('th[id^="calc-ind-"][id$="-name"]', (ths) => ths.map((th) => th.getBoundingClientRect().width));
    assert.ok(nameWidths.length > 0);
    assert.ok(Math.min(...nameWidths) >= 60, `an indicator name column is ${Math.round(Math.min(...nameWidths))}px wide`);
    assert.ok(await sidewaysScroll(page) <= 0, 'the page scrolls sideways with the editor open');
    await screenshot(page, `layout-phone-${lang}`);
    assertClean(problems);
    await context.close();
  });
}

test('office screen (zh): every total is on one line', async () => {
  const { page, context, problems } = await open(DESK, 'zh');
  const totals = await lineCounts(page, '#screen-calc [data-total]');
  assert.ok(totals.length > 40);
  for (const t of totals) assert.equal(t.lines, 1, `the total "${t.text}" breaks across lines`);
  assertClean(problems);
  await context.close();
});

test('phone (en): the what-if screen and its goal seek do not scroll sideways', async () => {
  const { page, context, problems } = await open(PHONE, 'en');
  await page.click('#nav-whatif');
  await page.locator('fieldset.whatif-levers').waitFor();
  assert.ok(await sidewaysScroll(page) <= 0, `the what-if screen scrolls sideways by ${await sidewaysScroll(page)}px`);
  const fieldset = await page.$eval('fieldset.whatif-levers', (f) => f.getBoundingClientRect().right);
  assert.ok(fieldset <= PHONE.width, `the levers box ends at ${Math.round(fieldset)}px`);
  // With a scenario, the parts chart keeps its labels legible (it scrolls
  // in its own box rather than shrinking them).
  await page.fill('#whatif-new-name', 'phone');
  await page.click('#whatif-add');
  await page.selectOption('#whatif-unit', 't02');
  const label = page.locator('#whatif-chart text').first();
  await label.waitFor();
  const height = await label.evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(height >= 11, `the chart's text is ${height.toFixed(1)}px tall`);
  assert.ok(await sidewaysScroll(page) <= 0, 'the page scrolls sideways with the chart');
  assertClean(problems);
  await context.close();
});
