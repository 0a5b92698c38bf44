// A panic shows a message with a reload link instead of a dead page, and
// after the reload the last autosaved draft is there (test-only trigger:
// the exported __kaoheTestPanic).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('a panic shows the reload message, and the reload brings the autosaved draft back', async () => {
  const { page, context } = await openApp(app);
  // An edit that autosaves: rename the first unit through the unit editor.
  await page.locator('tr[data-unit] .calc-link').first().click();
  const name = page.locator('#calc-u-name');
  await name.fill('恐慌测试镇');
  await name.press('Enter');
  await page.locator('tr[data-unit]', { hasText: '恐慌测试镇' }).first().waitFor();
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('kaohe.draft.') && localStorage.getItem(k).includes('恐慌测试镇')),
  );

  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.evaluate(() => import('./pkg/kaohe.js').then((m) => m.__kaoheTestPanic())).catch(() => {});
  const message = page.locator('#panic-message');
  await message.waitFor();
  assert.match(await message.textContent(), /内部错误/);
  await screenshot(page, 'panic');

  await page.locator('#panic-reload').click();
  await page.locator('#app-title').waitFor();
  assert.equal(await page.locator('#panic-message').count(), 0);
  await page.locator('tr[data-unit]', { hasText: '恐慌测试镇' }).first().waitFor();
  await context.close();
});
