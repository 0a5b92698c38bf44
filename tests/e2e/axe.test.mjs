// axe-core on every screen, whole page, in Chinese and in English: no
// serious or critical violation. (Screen-specific states with editors and
// traces open are checked in calc, rules, io and drafts tests.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, assertClean, openApp, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const SCREENS = ['calc', 'whatif', 'tolerance', 'rules', 'drafts'];

async function serious(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['zh-CN', 'en']) {
  test(`axe finds no serious or critical violation on any screen (${lang})`, async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN', bypassCSP: true });
    const { page, problems } = await openApp(app, { context });
    if (lang === 'en') await page.locator('#lang-toggle').click();
    for (const screen of SCREENS) {
      await page.locator(`#nav-${screen}`).click();
      await page.locator('#main').waitFor();
      const found = await serious(page);
      assert.deepEqual(found, [], `${screen} (${lang}):\n${found.join('\n')}`);
    }
    assertClean(problems);
    await context.close();
  });
}
