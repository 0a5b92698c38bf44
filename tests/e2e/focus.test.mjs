// Keyboard focus follows what opens and closes: the share dialog takes
// focus and gives it back to its button; renaming a draft moves focus to the
// name field and back; deleting a draft leaves focus on the undo button;
// encrypting without a passphrase stops at the empty field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, openApp, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const focused = (page, id) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 });

test('the share dialog takes focus from the keyboard and gives it back on Escape', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('tr[data-unit]').first().waitFor();
  await page.focus('#share-open');
  await page.keyboard.press('Enter');
  await page.locator('#share-dialog').waitFor();
  await focused(page, 'share-title');
  // Tab continues inside the dialog.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('#share-dialog')), true);
  await page.keyboard.press('Escape');
  await page.locator('#share-dialog').waitFor({ state: 'detached' });
  await focused(page, 'share-open');
  assertClean(problems);
  await context.close();
});

test('renaming a draft moves focus to its field and back; deleting leaves it on undo', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('tr[data-unit]').first().waitFor();
  await page.click('#nav-drafts');
  const row = page.locator('tr[data-draft-id]').first();
  await row.waitFor();
  const id = await row.getAttribute('data-draft-id');

  await row.locator('.draft-rename').focus();
  await page.keyboard.press('Enter');
  await focused(page, `rename-${id}`);
  await page.keyboard.press('Escape');
  await page.locator(`#rename-${id}`).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('draft-rename')), true);

  // Renamed from the keyboard: Enter saves, focus is back on the button.
  await page.keyboard.press('Enter');
  await focused(page, `rename-${id}`);
  await page.keyboard.type('键盘改名');
  await page.keyboard.press('Enter');
  await page.locator(`#rename-${id}`).waitFor({ state: 'detached' });
  assert.match(await row.locator('.draft-name').textContent(), /键盘改名/);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('draft-rename')), true);

  await row.locator('.draft-delete').focus();
  await page.keyboard.press('Enter');
  await focused(page, 'drafts-undo-delete');
  assertClean(problems);
  await context.close();
});

test('encrypting without a passphrase is refused at the field', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('tr[data-unit]').first().waitFor();
  await page.click('#share-open');
  await page.locator('#share-link').waitFor();
  await page.click('#share-encrypt');
  // The browser's own check stops the form and points at the empty field.
  await focused(page, 'share-passphrase');
  assert.equal(await page.$eval('#share-passphrase', (i) => i.validity.valueMissing), true);
  assert.equal(await page.locator('#share-link').getAttribute('data-encrypted'), 'false');
  assertClean(problems);
  await context.close();
});
