// The app shell: title, navigation, language toggle, footer, favicon, and a
// screenshot with the Chinese drawn by the installed CJK font.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, openApp, renderedFonts, screenshot, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the page loads with the Chinese title, navigation and privacy footer, without errors', async () => {
  const { page, context, problems } = await openApp(app);
  assert.equal(await page.locator('#app-title').textContent(), '干部考核与容错计算器');
  assert.match(await page.title(), /干部考核与容错计算器/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');

  const nav = page.getByRole('navigation', { name: '主要页面' });
  const labels = await nav.getByRole('button').allTextContents();
  assert.deepEqual(labels, ['考核计算', '情景模拟', '容错纠错', '规则', '草稿']);
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), '考核计算');

  await nav.getByRole('button', { name: '容错纠错' }).click();
  assert.equal(await page.locator('#screen-title').textContent(), '容错纠错');
  assert.equal(await nav.locator('[aria-current="page"]').textContent(), '容错纠错');

  // Keyboard: Tab reaches the navigation and Enter switches screens.
  await nav.getByRole('button', { name: '规则' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#screen-title').textContent(), '规则');

  assert.match(await page.locator('#privacy-note').textContent(), /仅保存在本浏览器中/);

  const fonts = await renderedFonts(page, '#app-title');
  const families = fonts.map((f) => f.familyName).join(', ');
  assert.ok(
    fonts.some((f) => /CJK|Han Sans|WenQuanYi|Droid Sans Fallback/i.test(f.familyName) && f.glyphCount >= 10),
    `the title must be drawn with a CJK font, got: ${families}`,
  );
  const shot = await screenshot(page, 'shell-zh');
  assert.ok(shot.endsWith('shell-zh.png'));
  assertClean(problems);
  await context.close();
});

test('the language toggle switches to English and is remembered after reload', async () => {
  const { page, context, problems } = await openApp(app);
  await page.getByRole('button', { name: '切换到英文界面' }).click();
  assert.equal(await page.locator('#app-title').textContent(), 'Cadre Appraisal and Fault-Tolerance Calculator');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await page.locator('#app-title').waitFor();
  assert.equal(await page.locator('#app-title').textContent(), 'Cadre Appraisal and Fault-Tolerance Calculator');
  const labels = await page.getByRole('navigation').getByRole('button').allTextContents();
  assert.deepEqual(labels, ['Assessment', 'What-if', 'Fault tolerance', 'Rules', 'Drafts']);
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  assert.equal(await page.locator('#app-title').textContent(), '干部考核与容错计算器');
  assertClean(problems);
  await context.close();
});

test('the favicon is served and the page is usable at phone width', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 720 } });
  const { page, problems } = await openApp(app, { context });
  const res = await page.request.get(app.url + 'favicon.svg');
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'], /svg/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at phone width`);
  await screenshot(page, 'shell-phone');
  assertClean(problems);
  await context.close();
});
