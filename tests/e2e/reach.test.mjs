// Reach: a browser without WebAssembly gets a readable "too old" message
// instead of a blank page, and the page's Content-Security-Policy allows
// only its own origin (with 'wasm-unsafe-eval'), no inline script or style.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertClean, openApp, screenshot, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('without WebAssembly the page says the browser is too old', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(() => {
    delete window.WebAssembly;
  });
  const { page, problems } = await openApp(app, { context, waitForApp: false });
  const message = page.locator('#boot-message');
  await message.waitFor();
  await page.waitForFunction(() => document.getElementById('boot-message')?.getAttribute('role') === 'alert');
  const text = await message.textContent();
  assert.match(text, /浏览器版本过旧/);
  assert.match(text, /too old/);
  assert.equal(await page.locator('#app-title').count(), 0, 'the app must not start');
  await screenshot(page, 'too-old');
  assertClean(problems);
  await context.close();
});

test('the CSP meta tag allows only the own origin and no inline code', async () => {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(csp, 'index.html has a CSP meta tag');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  for (const [name, values] of Object.entries(directives)) {
    for (const v of values) {
      assert.ok(!/unsafe-inline|unsafe-eval'|\*|https?:/.test(v) || v === "'wasm-unsafe-eval'", `${name} allows ${v}`);
    }
  }
  assert.ok(!/<script>[^<]/.test(html) && !/\son\w+=/.test(html), 'no inline script or handler in index.html');

  // The app runs under that policy with no violation reported.
  const { page, context, problems } = await openApp(app);
  const violations = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
        setTimeout(() => resolve(seen), 300);
      }),
  );
  assert.deepEqual(violations, []);
  assertClean(problems);
  await context.close();
});
