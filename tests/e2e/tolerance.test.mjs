// The 容错纠错 screen end to end: answer the checklist through the UI in
// Chinese and in English and read the verdict with its reasons (可以容错,
// then a negative item → 不予容错 naming it, then an unknown condition →
// 待核实 naming it); with print media the navigation is hidden and the
// record prints as exactly one A4 page (page.pdf); a name-clearing record
// prints the same way. Screenshots and PDFs land in tests/e2e/artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { ARTIFACTS, assertClean, openApp, screenshot, startApp } from './harness.mjs';

// The built-in checklist (docs/tolerance.md section 1).
const NEGATIVE = [
  'knowingly_violating', 'defying_ban', 'private_gain', 'malicious_collusion', 'major_safety_accident',
  'environmental_pollution', 'food_safety_incident', 'mass_incident', 'repeat_offence', 'fraud', 'eight_point_rules',
];
const CONDITIONS = ['no_private_gain', 'proper_procedure', 'not_prohibited', 'diligent_no_intent', 'losses_remedied'];
const WORDS = {
  zh: { yes: '是', no: '否', unknown: '未知' },
  en: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
};

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Clicks the radio button labelled `answer` in the fieldset of question `id`. */
async function answer(page, lang, id, value) {
  const radio = page.locator(`#tol-q-${id}`).getByRole('radio', { name: WORDS[lang][value], exact: true });
  await radio.check();
}

/** Negative list no, conditions yes, `positive` yes: a case that qualifies. */
async function qualify(page, lang, positive) {
  for (const id of NEGATIVE) await answer(page, lang, id, 'no');
  for (const id of CONDITIONS) await answer(page, lang, id, 'yes');
  await answer(page, lang, positive, 'yes');
}

const verdict = (page) => page.locator('#tol-verdict-label').textContent();
const reasonItems = (page, code) =>
  page.locator(`.tol-reason-${code} a.tol-item-link`).evaluateAll((as) => as.map((a) => a.dataset.item));
const reasonLinkTexts = (page, code) => page.locator(`.tol-reason-${code} a.tol-item-link`).allTextContents();

/** Pages of a PDF: `/Type /Page` objects (not `/Pages`). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}

/** The objects of a PDF: number → { dict, stream } (streams inflated when Flate). */
function pdfObjects(pdf) {
  const s = pdf.toString('latin1');
  const objects = new Map();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2];
    const bodyStart = m.index + m[0].length - 'endobj'.length - body.length;
    const k = body.search(/stream\r?\n/);
    if (k < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, k);
    let start = bodyStart + k + 'stream'.length;
    if (s[start] === '\r') start += 1;
    if (s[start] === '\n') start += 1;
    const raw = pdf.subarray(start, s.indexOf('endstream', start));
    let stream = raw.toString('latin1');
    if (/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('latin1');
      } catch {
        stream = '';
      }
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  return objects;
}

/** A ToUnicode CMap → { width (bytes per code), map: code hex → text }. */
function parseCMap(cmap) {
  const utf16 = (hex) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  const space = cmap.match(/begincodespacerange\s*<([0-9A-Fa-f]+)>/);
  const width = space ? space[1].length / 2 : 2;
  const map = new Map();
  const key = (n) => n.toString(16).toUpperCase().padStart(width * 2, '0');
  for (const block of cmap.match(/beginbfchar[\s\S]*?endbfchar/g) ?? []) {
    for (const [, code, u] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(key(parseInt(code, 16)), utf16(u));
  }
  for (const block of cmap.match(/beginbfrange[\s\S]*?endbfrange/g) ?? []) {
    for (const [, lo, hi, u] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const base = utf16(u);
      for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) {
        map.set(key(c), base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + c - parseInt(lo, 16)));
      }
    }
  }
  return { width, map };
}

/**
 * The text of a PDF as Chromium (Skia) writes it: hex strings of codes in
 * many small subset fonts, each font mapped back to Unicode through its own
 * ToUnicode CMap. Enough to check that the record says what it should.
 */
function pdfText(pdf) {
  const objects = pdfObjects(pdf);
  const fonts = new Map();
  for (const { dict } of objects.values()) {
    for (const res of dict.match(/\/Font\s*<<[\s\S]*?>>/g) ?? []) {
      for (const [, name, num] of res.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
        const tu = objects.get(Number(num))?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
        const cmap = tu && objects.get(Number(tu[1]))?.stream;
        if (cmap) fonts.set(name, parseCMap(cmap));
      }
    }
  }
  let text = '';
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
    let font = null;
    const ops = stream.replace(/<<[\s\S]*?>>/g, ' ');
    for (const [, name, hex] of ops.matchAll(/\/([^\s/<>]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>/g)) {
      if (name) {
        font = fonts.get(name) ?? null;
      } else if (font) {
        for (const code of hex.match(new RegExp(`.{${font.width * 2}}`, 'g')) ?? []) text += font.map.get(code.toUpperCase()) ?? '';
      }
    }
  }
  // Shared glyphs map to Kangxi radicals (⼲ for 干); NFKC folds them back.
  return text.normalize('NFKC');
}

/** Emulates print media, checks the chrome is hidden, returns the A4 PDF. */
async function printRecord(page, name) {
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-nav').isVisible(), false, 'the navigation prints');
  assert.equal(await page.locator('#lang-toggle').isVisible(), false, 'the language toggle prints');
  assert.equal(await page.locator('.tol-editor').isVisible(), false, 'the editor prints');
  assert.equal(await page.locator('.tol-cases').isVisible(), false, 'the case list prints');
  assert.equal(await page.locator('#tol-record').isVisible(), true, 'the record does not print');
  // The screenshot at the width of A4 inside its 15 mm margins (180 mm ≈ 680 px).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 680, height: 960 });
  const height = await page.locator('#tol-record').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height < 1009, `${name}: the record is ${height}px high, more than an A4 page (267 mm ≈ 1009 px)`);
  await screenshot(page, name);
  if (viewport) await page.setViewportSize(viewport);
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  assert.equal(pdfPageCount(pdf), 1, `${name}: the record must print on exactly one A4 page`);
  const fonts = pdf.toString('latin1').match(/\/(?:BaseFont|FontName)\s*\/[A-Z]{6}\+[\w-]+/g) ?? [];
  assert.ok(fonts.some((f) => /CJK|HanSans|HanSerif/.test(f)), `the record must use a CJK font, got ${fonts.join(', ')}`);
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

async function openTolerance(app, lang = 'zh', context = undefined) {
  const opened = await openApp(app, context ? { context } : {});
  const { page } = opened;
  if (lang === 'en') await page.getByRole('button', { name: '切换到英文界面' }).click();
  const nav = page.getByRole('navigation');
  await nav.getByRole('button', { name: lang === 'en' ? 'Fault tolerance' : '容错纠错' }).click();
  await page.locator('#screen-tolerance').waitFor();
  return opened;
}

test('checklist in Chinese: 可以容错, a negative item → 不予容错, an unknown condition → 待核实; prints on one A4 page', async () => {
  const { page, context, problems } = await openTolerance(app);
  assert.equal(await page.locator('#screen-title').textContent(), '容错纠错');
  await page.getByRole('button', { name: '新建案例' }).click();
  await page.getByLabel('干部姓名').fill('张三');
  await page.getByLabel('所在单位').fill('城关镇');
  await page.getByLabel('问题描述').fill('先行先试推行并联审批改革，因经验不足造成部分项目资金拨付延误，已及时整改挽回损失。');
  await page.getByLabel('申请日期').fill('2024-09-26');

  // Unanswered: everything unknown → 待核实.
  assert.equal(await verdict(page), '待核实');
  assert.equal(await page.locator('#tol-verdict .tol-verdict-live').getAttribute('aria-live'), 'polite');

  // The groups of the issue, in order.
  const groups = await page.locator('.tol-group h4').allTextContents();
  assert.deepEqual(groups, ['三个区分开来', '负面清单', '容错条件', '正面清单']);
  const firstDistinction = page.locator('.tol-distinction').first();
  assert.match(await firstDistinction.textContent(), /正确一面（正面清单）改革中先行先试缺乏经验/);
  assert.match(await firstDistinction.textContent(), /错误一面（负面清单）违纪违法且明知故犯/);

  // 1. All conditions yes, no negative item, a positive situation → 可以容错.
  await qualify(page, 'zh', 'first_trial');
  assert.equal(await verdict(page), '可以容错（免责）');
  assert.deepEqual(await reasonItems(page, 'all_conditions'), CONDITIONS);
  assert.deepEqual(await reasonLinkTexts(page, 'positive_situations'), ['改革中先行先试缺乏经验']);
  assert.match(await page.locator('#tol-reasons').textContent(), /容错条件全部满足（5\/5）/);
  assert.match(await page.locator('#tol-effect').textContent(), /年度考核等次、选拔任用和评优评先不受影响/);
  assert.match(await page.locator('#tol-advisory').textContent(), /仅为建议/);
  await screenshot(page, 'tolerance-zh-tolerable');

  // 2. One negative item yes → 不予容错, naming it (keyboard: arrow keys in the radio group).
  await page.locator('#tol-a-fraud-no').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('#tol-a-fraud-yes').isChecked(), true, 'ArrowLeft selects 是');
  assert.equal(await verdict(page), '不予容错');
  assert.deepEqual(await reasonLinkTexts(page, 'negative_items'), ['弄虚作假']);
  assert.match(await page.locator('#tol-reasons').textContent(), /命中负面清单/);
  // The reason links to the question: following it focuses the question's answer.
  await page.locator('.tol-reason-negative_items a').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tol-a-fraud-yes');
  assert.equal(new URL(page.url()).hash, '', 'links to questions leave the URL fragment alone');

  // 3. Back to no; one condition unknown where the case would otherwise qualify → 待核实 naming it.
  await answer(page, 'zh', 'fraud', 'no');
  assert.equal(await verdict(page), '可以容错（免责）');
  await answer(page, 'zh', 'losses_remedied', 'unknown');
  assert.equal(await verdict(page), '待核实');
  assert.deepEqual(await reasonItems(page, 'unknown_matters'), ['losses_remedied']);
  assert.deepEqual(await reasonLinkTexts(page, 'unknown_matters'), ['积极挽回损失']);
  assert.match(await page.locator('#tol-q-losses_remedied legend').textContent(), /需核实/);
  assert.equal(await page.locator('.tol-q-verify').count(), 1);

  // Timeline: due dates from the application date; the calendar is empty by default.
  assert.equal(await page.locator('#tol-timeline tr[data-step="accept"] .tol-due').textContent(), '2024-10-03');
  await page.getByLabel(/“核查”环节延长一次/).check();
  assert.equal(await page.locator('#tol-timeline tr[data-step="verify"] .tol-due').textContent(), '2024-11-14');
  assert.match(await page.locator('#tol-calendar-note').textContent(), /默认为空/);
  await screenshot(page, 'tolerance-zh');

  // Back to a settled verdict for the printed record.
  await answer(page, 'zh', 'losses_remedied', 'yes');
  assert.equal(await verdict(page), '可以容错（免责）');
  // The print button calls window.print().
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.getByRole('button', { name: '打印记录' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  const pdf = await printRecord(page, 'tolerance-print');
  const text = pdfText(pdf);
  for (const want of ['容错纠错认定建议记录', '张三', '可以容错', '经办人']) {
    assert.ok(text.includes(want), `the PDF text lacks ${want}: ${text.slice(0, 400)}`);
  }
  assertClean(problems);
  await context.close();
});

test('checklist in English: Tolerable, Not tolerable naming the item, To verify naming the question', async () => {
  const { page, context, problems } = await openTolerance(app, 'en');
  assert.equal(await page.locator('#screen-title').textContent(), 'Fault tolerance');
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel("Cadre's name").fill('Wang Wu');
  await page.getByLabel('Unit', { exact: true }).fill('Water Bureau');

  await qualify(page, 'en', 'emergency_task');
  assert.equal(await verdict(page), 'Tolerable (exempted)');
  assert.match(await page.locator('#tol-reasons').textContent(), /All conditions met \(5\/5\)/);
  assert.deepEqual(await reasonLinkTexts(page, 'positive_situations'), [
    'Responding to an emergency or an urgent, hard, dangerous or heavy task',
  ]);
  assert.match(await page.locator('#tol-effect').textContent(), /grade, promotion and awards are unaffected/);

  await answer(page, 'en', 'private_gain', 'yes');
  assert.equal(await verdict(page), 'Not tolerable');
  assert.deepEqual(await reasonLinkTexts(page, 'negative_items'), ['Seeking private gain']);

  await answer(page, 'en', 'private_gain', 'no');
  await answer(page, 'en', 'proper_procedure', 'unknown');
  assert.equal(await verdict(page), 'To verify');
  assert.deepEqual(await reasonLinkTexts(page, 'unknown_matters'), ['Proper decision procedure (collective, documented)']);
  assert.match(await page.locator('#tol-reasons').textContent(), /change the verdict and need verifying/);
  assert.match(await page.locator('#tol-timeline').textContent(), /Enter the application date/);
  await page.getByLabel('Application date').fill('2024-10-08');
  assert.equal(await page.locator('#tol-timeline tr[data-step="accept"] .tol-due').textContent(), '2024-10-15');
  assert.match(await page.locator('#tol-calendar-note').textContent(), /empty by default/);
  await screenshot(page, 'tolerance-en');
  await printRecord(page, 'tolerance-en-print');

  // The language switch keeps the case and re-labels everything.
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  assert.equal(await verdict(page), '待核实');
  assert.deepEqual(await reasonLinkTexts(page, 'unknown_matters'), ['决策程序合规（集体研究、有记录）']);
  assertClean(problems);
  await context.close();
});

test('a name-clearing record prints on one A4 page without navigation', async () => {
  const { page, context, problems } = await openTolerance(app);
  await page.getByRole('button', { name: '新建案例' }).click();
  await page.getByLabel('干部姓名').fill('李四');
  await page.getByLabel('所在单位').fill('住建局');
  await page.getByLabel('问题描述').fill('群众来信反映其在工程招标中收受好处。');
  await page.getByRole('radio', { name: '澄清正名（反映失实）' }).check();
  assert.equal(await page.locator('#tol-verdict').count(), 0);

  const methods = page.getByRole('group', { name: '澄清方式' });
  assert.deepEqual(await methods.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.value)), ['letter', 'meeting', 'circular']);
  await methods.getByRole('radio', { name: '召开会议澄清' }).check();
  await page.getByLabel('澄清日期').fill('2024-10-15');
  await page.getByLabel('澄清单位').fill('县纪委监委');
  await page.getByLabel('调查核实情况').fill('经调查核实，反映问题失实。');
  const record = await page.locator('#tol-cl-record').textContent();
  assert.match(record, /住建局李四同志的问题失实，予以澄清正名/);
  assert.match(record, /澄清方式：召开会议澄清；日期：2024-10-15；澄清单位：县纪委监委/);
  assert.match(record, /不产生任何负面影响/);
  await screenshot(page, 'tolerance-clearance');

  const pdf = await printRecord(page, 'tolerance-clearance-print');
  const text = pdfText(pdf);
  for (const want of ['澄清正名记录', '予以澄清正名', '不产生任何负面影响']) {
    assert.ok(text.includes(want), `the PDF text lacks ${want}`);
  }
  assertClean(problems);
  await context.close();
});

test('the screen is usable at phone width', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 720 }, locale: 'zh-CN' });
  const { page, problems } = await openTolerance(app, 'zh', context);
  await page.getByRole('button', { name: '新建案例' }).click();
  await page.getByLabel('申请日期').fill('2024-09-26');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at phone width`);
  await screenshot(page, 'tolerance-phone');
  assertClean(problems);
  await context.close();
});
