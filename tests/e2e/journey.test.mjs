// Nothing leaves the page (issue 8 item 3): one full user journey — load,
// edit a unit, open the cadres and the bulletin, a what-if scenario, every
// other screen, a share link (plain and encrypted) opened again, and a
// printed sheet — with every request of the browser context recorded (the
// pages' and the service worker's). The test fails on any request to
// another origin, and writes the list it saw to
// tests/e2e/artifacts/journey-requests.txt.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, assertClean, openApp, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('a full journey (load, edit, what-if, share, print) requests nothing from another origin', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const seen = [];
  const record = (kind) => (req) => seen.push(`${kind} ${req.method()} ${req.url()}`);
  context.on('request', record('page'));
  // Service workers report their own fetches (Chromium).
  context.on('serviceworker', (w) => w.on('request', record('worker')));

  const { page, problems } = await openApp(app, { context });
  const origin = new URL(app.url).origin;

  // Edit: a unit's first indicator actual changes its total.
  await page.click('#calc-edit-t01');
  await page.locator('#calc-editor').waitFor();
  const before = await page.locator('#calc-total-t01').getAttribute('data-total');
  const actual = page.locator('input[id^="calc-ind-"][id$="-actual"]').first();
  const value = Number(await actual.inputValue()) || 100;
  await actual.fill(String(Math.round(value / 2)));
  await actual.press('Tab');
  await page.waitForFunction((b) => document.querySelector('#calc-total-t01').dataset.total !== b, before);
  await page.click('#calc-cadres-list > summary');
  await page.locator('tr[data-cadre]').first().waitFor();
  await page.click('#bulletin-body > summary');
  await page.locator('#bulletin .bulletin-table').first().waitFor();

  // What-if: a named scenario with one more event.
  await page.click('#nav-whatif');
  await page.fill('#whatif-new-name', '旅程');
  await page.click('#whatif-add');
  await page.selectOption('#whatif-unit', 't02');
  await page.selectOption('#whatif-ev-add-kind', 'deduction.criticism');
  await page.selectOption('#whatif-ev-add-level', 'city');
  await page.selectOption('#whatif-ev-add-quarter', '4');
  await page.click('#whatif-ev-add');
  await page.locator('#whatif-row-t02').waitFor();

  // Every other screen.
  for (const screen of ['tolerance', 'rules', 'drafts']) {
    await page.click(`#nav-${screen}`);
    await page.locator(`#screen-${screen}`).waitFor();
  }

  // Share: the plain link, then an encrypted one (Web Crypto, in the page).
  await page.click('#share-open');
  await page.locator('#share-link').waitFor();
  const link = await page.inputValue('#share-link');
  await page.fill('#share-passphrase', 'journey passphrase');
  await page.click('#share-encrypt');
  await page.locator('#share-link[data-encrypted="true"]').waitFor({ timeout: 30000 });
  await page.click('#share-close');
  const other = await openApp(app, { context, path: link.slice(link.indexOf('#')) });
  await other.page.locator('tr[data-unit]').first().waitFor();
  assertClean(other.problems);
  await other.page.close();

  // Print a unit sheet (the print dialog stubbed), rendered as a PDF.
  await page.click('#nav-calc');
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.selectOption('#io-print-unit', 't01');
  await page.click('#io-print-unit-btn');
  await page.waitForFunction(() => window.__printed > 0);
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.pdf({ format: 'A4' })).length > 1000);
  await page.emulateMedia({ media: 'screen' });

  // The service worker has installed and cached its files by now.
  await page.evaluate(() => navigator.serviceWorker.ready);

  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'journey-requests.txt'), `${seen.join('\n')}\n`);
  // The recording works: the app's own files are in it.
  for (const file of ['/index.html', '/styles/app.css', '/pkg/kaohe_bg.wasm', '/sw.js']) {
    assert.ok(seen.some((r) => r.includes(file) || (file === '/index.html' && r.endsWith(`${origin}/`))), `${file} was requested`);
  }
  const elsewhere = seen.filter((r) => {
    const url = r.split(' ')[2];
    return !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
  });
  assert.deepEqual(elsewhere, [], 'requests to another origin');
  assertClean(problems);
  await context.close();
});
