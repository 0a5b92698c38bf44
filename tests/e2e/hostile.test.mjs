// Hostile strings through a share link: names with HTML, script, RTL marks,
// emoji and 10,000 characters are shown as text, never executed, and do not
// break the layout.
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

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '\u202Eevil\u202C 单位 \u200F',
  '👩‍👩‍👧‍👦🏳️‍🌈 镇',
  '长'.repeat(10000),
];

test('hostile names in a shared link are shown as text and keep the layout', async () => {
  // Build the link with the app's own codec.
  const { page: maker, context: makerContext } = await openApp(app);
  const link = await maker.evaluate(async (names) => {
    const m = await import('./pkg/kaohe.js');
    const s = JSON.parse(m.exampleScenario());
    names.forEach((n, i) => {
      s.units[i].name = n;
    });
    s.name = names[0];
    if (s.cadres[0]) s.cadres[0].name = names[1];
    return m.encodeShareLink(JSON.stringify(s));
  }, HOSTILE);
  await makerContext.close();
  assert.match(link, /^k1\./);

  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let dialogs = 0;
  context.on('page', (p) => p.on('dialog', (d) => { dialogs++; d.dismiss(); }));
  const { page, problems } = await openApp(app, { context, path: `#${link}` });
  await page.locator('tr[data-unit]').first().waitFor();
  // The cadres list (closed at first) shows a cadre with a hostile name too.
  await page.click('#calc-cadres-list > summary');
  await page.locator('tr[data-cadre]').first().waitFor();
  const shown = await page.evaluate(() => document.body.innerText);
  assert.ok(shown.includes('<img src=x onerror="window.__pwned=1">'), 'the HTML is shown as text');
  assert.ok(shown.includes('<script>window.__pwned=2</script>'), 'the script tag is shown as text');
  assert.ok(shown.includes('👩‍👩‍👧‍👦'), 'emoji are shown');
  assert.ok(shown.includes('长'.repeat(200)), 'the long name is shown');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing was executed');
  assert.equal(await page.locator('main img[src="x"]').count(), 0, 'no element was injected');
  assert.equal(dialogs, 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, 'hostile-names');
  assertClean(problems);
  await context.close();
});
