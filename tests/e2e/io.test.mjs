// Import and export, the quarterly bulletin and the print sheets (issue 5
// items 5, 7, 9): a units CSV in GBK and an events CSV with one bad row,
// pasted spreadsheet cells, the results CSV (BOM, Chinese header), the
// Scenario JSON round trip, a rank movement in the bulletin, the three A4
// sheets under print media, and axe on the panel and the bulletin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, assertClean, openApp, screenshot, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/**
 * A small GBK encoder: node decodes GBK (TextDecoder) but cannot encode it,
 * so the table is built by decoding every two-byte sequence once.
 */
function gbkEncoder() {
  const dec = new TextDecoder('gbk');
  const map = new Map();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if ([...ch].length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return (text) => {
    const out = [];
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c < 0x80) out.push(c);
      else {
        const bytes = map.get(ch);
        if (!bytes) throw new Error(`no GBK code for ${ch}`);
        out.push(...bytes);
      }
    }
    return Buffer.from(out);
  };
}

const UNITS_CSV = [
  '单位编号,单位名称,考核分组,单位类型,编制人数,指标,权重,目标值,完成值,不适用,360:分管县级领导,360:部门单位,360:县委考核办,360:本单位干部职工,360:服务对象',
  // Full-width digits: 12 staff, actual 110.
  'X01,新建镇,镇办,镇办,１２,地区生产总值,80,100,１１０,,90,90,90,90,90',
  'X02,新区镇,镇办,镇办,8,地区生产总值,80,100,90,,80,80,80,80,80',
].join('\r\n') + '\r\n';

const EVENTS_CSV = [
  '单位编号,事项类型,季度,级别,次数,文号,日期,发文机关',
  'X01,通报表扬,2,省级,,省办〔2024〕9号,2024-05-01,省政府办公厅',
  'X02,通报表扬,7,市级,1,,,',
].join('\n') + '\n';

/** Stubs the print dialog (headless Chromium has none) and counts calls. */
async function stubPrint(page) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
}

/** Clicks `selector`, waits for the download, returns { name, bytes }. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path), path };
}

/** Reads a CSV (no quoted line breaks in these files) into rows of cells. */
function csvRows(text) {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => {
      const cells = [];
      let cur = '';
      let quoted = false;
      for (let i = 0; i < l.length; i++) {
        const c = l[i];
        if (quoted) {
          if (c === '"' && l[i + 1] === '"') {
            cur += '"';
            i++;
          } else if (c === '"') quoted = false;
          else cur += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
          cells.push(cur);
          cur = '';
        } else cur += c;
      }
      cells.push(cur);
      return cells;
    });
}

/** Unit id → total from the results CSV. */
async function totals(page) {
  const { bytes } = await download(page, '#io-export-results');
  const rows = csvRows(bytes.toString('utf8'));
  const col = rows[0].indexOf('总分');
  return Object.fromEntries(rows.slice(1).map((r) => [r[0], r[col]]));
}

test('import: GBK units CSV, events CSV with a bad row, pasted cells; results CSV; JSON round trip', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('#io-panel').waitFor();

  // Results CSV: BOM, Chinese header, exact totals.
  const res = await download(page, '#io-export-results');
  assert.match(res.name, /\.csv$/);
  assert.deepEqual([...res.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const header = csvRows(res.bytes.toString('utf8'))[0];
  assert.deepEqual(header.slice(0, 13), [
    '单位编号', '单位', '分组', '指标得分', '360得分', '加分', '扣分', '联动', '总分', '名次', '等次', '奖项', '提醒',
  ]);
  const baseline = await totals(page);
  assert.equal(Object.keys(baseline).length, 43, 'one row per unit of the example county');
  for (const t of Object.values(baseline)) assert.match(t, /^-?\d+\.\d\d$/, 'totals are exact 2-decimal numbers');

  // The Scenario JSON, kept for the round trip.
  const json = await download(page, '#io-export-scenario');
  assert.match(json.name, /\.json$/);
  const scenario = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(scenario.format_version, 1);
  assert.equal(scenario.units.length, 43);

  // The units file in GBK (not valid UTF-8), read with the automatic encoding.
  const gbk = gbkEncoder()(UNITS_CSV);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the test file must not be UTF-8');
  await page.setInputFiles('#io-units-file', { name: 'units-gbk.csv', mimeType: 'text/csv', buffer: gbk });
  await page.locator('#io-decoded-units').waitFor();
  assert.match(await page.locator('#io-decoded-units').textContent(), /GBK/);
  await page.setInputFiles('#io-events-file', { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(EVENTS_CSV) });
  await page.locator('#io-preview').waitFor();
  await page.locator('#io-errors').waitFor();
  assert.equal(await page.locator('#io-rows-total').textContent(), '4');
  assert.equal(await page.locator('#io-rows-valid').textContent(), '3');
  assert.equal(await page.locator('#io-errors-count').textContent(), '1');
  // The row-level error: events file, row 3, column C (季度), bad quarter.
  const err = page.locator('#io-errors tbody tr');
  assert.equal(await err.count(), 1);
  assert.equal(await err.getAttribute('data-file'), 'events');
  assert.equal(await err.getAttribute('data-row'), '3');
  assert.equal(await err.getAttribute('data-column'), '3');
  assert.equal(await err.getAttribute('data-reason'), 'import.bad_quarter');
  const cells = await err.locator('td').allTextContents();
  assert.match(cells[0], /事项表/);
  assert.equal(cells[1], '3');
  assert.equal(cells[2], 'C（季度）');
  assert.match(cells[3], /季度应为 1 至 4/);
  assert.equal(cells[4], '7');
  assert.equal(await page.locator('#io-units-added').textContent(), '2');
  await screenshot(page, 'io-preview');
  // Nothing is imported before accepting.
  assert.equal(await page.locator('#io-print-unit option[value="X01"]').count(), 0);
  assert.equal(await page.locator('#io-import-accept').textContent(), '导入有效行');
  await page.click('#io-import-accept');
  await page.locator('#io-imported').waitFor();
  assert.equal(await page.locator('#io-preview').count(), 0);
  assert.equal(await page.locator('#io-print-unit option[value="X01"]').count(), 1);
  let now = await totals(page);
  // By hand: X01 80 × 110/100 = 88, 360 = 20 × 90/100 = 18, praise (provincial) +1 → 107.00.
  // X02 80 × 0.9 = 72, 360 16, the bad row (its event) not imported → 88.00.
  assert.equal(now.X01, '107.00');
  assert.equal(now.X02, '88.00');

  // Cells pasted from a spreadsheet (tab-separated): X02's actual becomes 100.
  await page.fill('#io-paste', '单位编号\t指标\t权重\t目标值\t完成值\nX02\t地区生产总值\t80\t100\t100\n');
  await page.selectOption('#io-paste-kind', 'units');
  await page.click('#io-paste-read');
  await page.locator('#io-preview').waitFor();
  assert.equal(await page.locator('#io-rows-valid').textContent(), '1');
  assert.equal(await page.locator('#io-units-updated').textContent(), '1');
  assert.equal(await page.locator('#io-errors').count(), 0);
  assert.equal(await page.locator('#io-import-accept').textContent(), '导入');
  await page.click('#io-import-accept');
  now = await totals(page);
  assert.equal(now.X02, '96.00', '80 × 1.0 + 16');

  // A file that is not a scenario replaces nothing and says why.
  await page.setInputFiles('#io-open-scenario', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "units": [') });
  await page.locator('#io-scenario-error').waitFor();
  assert.equal(await page.locator('#io-scenario-confirm').count(), 0);
  assert.equal((await totals(page)).X02, '96.00');
  // Said in the page's language, with where it went wrong (no parser text).
  assert.match(await page.locator('#io-scenario-error').textContent(), /文件不完整（在第 1 行第 \d+ 列处中断）/);
  assert.doesNotMatch(await page.locator('#io-scenario-error').textContent(), /EOF|while parsing/);
  for (const [bad, want] of [['{"hello": "world"}', /文件不是考核方案/], ['{"format_version": 1,,}', /不是有效的 JSON/]]) {
    await page.setInputFiles('#io-open-scenario', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.locator('#io-scenario-error', { hasText: want }).waitFor();
    assert.doesNotMatch(await page.locator('#io-scenario-error').textContent(), /missing field|expected/);
  }

  // Re-open the exported JSON: after confirmation, the totals are the baseline's.
  await page.setInputFiles('#io-open-scenario', json.path);
  await page.locator('#io-scenario-confirm').waitFor();
  assert.match(await page.locator('#io-scenario-confirm').textContent(), /43/);
  await page.click('#io-scenario-replace');
  await page.locator('#io-scenario-opened').waitFor();
  assert.deepEqual(await totals(page), baseline);

  assertClean(problems);
  await context.close();
});

test('the templates download and the units template imports without errors', async () => {
  const { page, context, problems } = await openApp(app);
  const units = await download(page, '#io-template-units');
  const events = await download(page, '#io-template-events');
  assert.deepEqual([...units.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(units.bytes.toString('utf8'), /^\ufeff单位编号,单位名称,考核分组,单位类型/);
  assert.match(events.bytes.toString('utf8'), /^\ufeff单位编号,单位名称,事项类型,季度/);
  await page.setInputFiles('#io-units-file', units.path);
  await page.setInputFiles('#io-events-file', events.path);
  await page.locator('#io-preview').waitFor();
  await page.waitForFunction(() => document.querySelector('#io-rows-total')?.textContent === '2');
  assert.equal(await page.locator('#io-errors-count').textContent(), '0');
  await page.click('#io-import-cancel');
  assert.equal(await page.locator('#io-preview').count(), 0);
  assertClean(problems);
  await context.close();
});

test('the quarterly bulletin shows ranks with the movement against the previous quarter', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('#bulletin').waitFor();
  // A closed disclosure at first: nothing of it is built until opened.
  assert.equal(await page.locator('#bulletin-quarter').count(), 0);
  await page.click('#bulletin-body > summary');
  const ranks = async (q) => {
    await page.selectOption('#bulletin-quarter', String(q));
    await page.waitForFunction((q) => document.querySelector('#bulletin-quarter').value === String(q), q);
    return page.locator('#bulletin .bulletin-table tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        unit: r.dataset.unit,
        rank: parseInt(r.cells[0].textContent, 10),
        move: r.querySelector('.bulletin-move').dataset.move,
        spoken: r.querySelector('.bulletin-move .visually-hidden').textContent,
      })),
    );
  };
  const q1 = await ranks(1);
  assert.ok(q1.length > 0, 'units are ranked in Q1');
  assert.ok(q1.every((r) => r.move === '—'), 'Q1 has no previous quarter');
  const q2 = await ranks(2);
  assert.match(await page.locator('#bulletin-sheet-title').textContent(), /第二季度考核情况通报/);
  const before = new Map(q1.map((r) => [r.unit, r.rank]));
  let moved = 0;
  for (const r of q2) {
    const prev = before.get(r.unit);
    const want = prev === undefined || prev === r.rank ? '—' : prev > r.rank ? `↑${prev - r.rank}` : `↓${r.rank - prev}`;
    assert.equal(r.move, want, `${r.unit}: Q1 rank ${prev}, Q2 rank ${r.rank}`);
    if (want !== '—') moved += 1;
  }
  assert.ok(moved > 0, 'some unit moved between Q1 and Q2');
  const up = q2.find((r) => r.move.startsWith('↑'));
  assert.match(up.spoken, /^上升 \d+ 位$/);
  await screenshot(page, 'io-bulletin');
  assertClean(problems);
  await context.close();
});

/** Counts the pages of a PDF (`/Type /Page` objects, not `/Pages`). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function printSheet(page, button, sheet, name) {
  await page.click(button);
  await page.waitForFunction(() => window.__printed > 0 && document.body.classList.contains('printing'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-nav').isVisible(), false, `${name}: the navigation prints`);
  assert.equal(await page.locator('.app-header').isVisible(), false, `${name}: the header prints`);
  assert.equal(await page.locator('#io-panel').isVisible(), false, `${name}: the panel prints`);
  assert.equal(await page.locator(sheet).isVisible(), true, `${name}: the sheet does not print`);
  for (const other of ['#io-unit-sheet', '#io-ranking-sheet', '#bulletin']) {
    if (other !== sheet && (await page.locator(other).count()) > 0) {
      assert.equal(await page.locator(other).isVisible(), false, `${name}: ${other} prints too`);
    }
  }
  await page.setViewportSize({ width: 680, height: 960 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
  const pdf = await page.pdf({ format: 'A4' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  const fonts = pdf.toString('latin1').match(/\/(?:BaseFont|FontName)\s*\/[A-Z]{6}\+[\w-]+/g) ?? [];
  assert.ok(fonts.some((f) => /CJK|HanSans|HanSerif/.test(f)), `${name}: a CJK font, got ${fonts.join(', ')}`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    document.body.classList.remove('printing', 'print-unit', 'print-ranking', 'print-bulletin');
    window.__printed = 0;
  });
  return pdfPages(pdf);
}

test('print: the unit sheet, the county ranking and the bulletin on A4 without navigation', async () => {
  const { page, context, problems } = await openApp(app);
  await page.setViewportSize({ width: 1280, height: 800 });
  await stubPrint(page);
  await page.selectOption('#io-print-unit', 't01');
  assert.equal(await printSheet(page, '#io-print-unit-btn', '#io-unit-sheet', 'io-print-unit'), 1, 'the unit sheet is one page');
  const trace = await page.locator('#io-unit-sheet .io-trace tbody tr').count();
  assert.ok(trace > 5, 'the unit sheet lists the trace');
  assert.match(await page.locator('#io-unit-sheet').textContent(), /城关镇/);
  // A unit whose points are long fractions (青石镇): four decimals at most,
  // marked ≈ with a note, and still one page.
  await page.selectOption('#io-print-unit', 't06');
  assert.equal(await printSheet(page, '#io-print-unit-btn', '#io-unit-sheet', 'io-print-unit'), 1, "t06's sheet is one page");
  const points = await page.locator('#io-unit-sheet .io-trace:not(.io-trace-notes) tbody td.num').allTextContents();
  for (const p of points) assert.match(p.trim(), /^≈?-?\d+(\.\d{1,4})?$/, `points "${p}"`);
  if (points.some((p) => p.includes('≈'))) await page.locator('#io-approx-note').waitFor({ state: 'attached' });
  assert.equal(await printSheet(page, '#io-print-ranking-btn', '#io-ranking-sheet', 'io-print-ranking'), 2, 'the ranking is one page per group');
  assert.equal(await page.locator('#io-ranking-sheet tbody tr').count(), 43);
  await page.click('#bulletin-body > summary');
  await page.selectOption('#bulletin-quarter', '2');
  assert.equal(await printSheet(page, '#bulletin-print', '#bulletin', 'io-print-bulletin'), 2, 'the bulletin is one page per group');
  assertClean(problems);
  await context.close();
});

test('axe: no serious or critical violation on the import panel (with a preview) and the bulletin', async () => {
  const context = await app.browser.newContext({ locale: 'zh-CN', bypassCSP: true });
  const { page, problems } = await openApp(app, { context });
  await page.setInputFiles('#io-events-file', { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(EVENTS_CSV) });
  await page.locator('#io-errors').waitFor();
  await page.click('#bulletin-body > summary');
  await page.locator('#bulletin .bulletin-table').first().waitFor();
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run({ include: [['#io-panel'], ['#bulletin']] }, { resultTypes: ['violations'] }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    'axe violations',
  );
  assertClean(problems);
  await context.close();
});

test('the preview says in the page language what the calculation would report after the import', async () => {
  const { page, context, problems } = await openApp(app);
  await page.locator('#io-panel').waitFor();
  const units = '单位编号,指标,权重,目标值,完成值\nt01,ind.gdp,99,100,90\n';
  await page.setInputFiles('#io-units-file', { name: 'weights.csv', mimeType: 'text/csv', buffer: Buffer.from(units) });
  const after = page.locator('#io-engine-after');
  await after.waitFor();
  const text = await after.textContent();
  assert.match(text, /权重合计不等于规定分值/);
  assert.match(text, /t01/);
  assert.doesNotMatch(text, /WeightsNotSumming|in unit/);

  // A file that opens but cannot be computed: the banner does not offer an
  // undo that opening a file does not have.
  const broken = await page.evaluate(async () => {
    const m = await import('./pkg/kaohe.js');
    const s = JSON.parse(m.exampleScenario());
    s.units[0].indicators[0].target = '0';
    return JSON.stringify(s);
  });
  await page.setInputFiles('#io-open-scenario', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.click('#io-scenario-replace');
  await page.locator('#calc-error').waitFor();
  assert.equal(await page.locator('#calc-undo').isDisabled(), true);
  assert.doesNotMatch(await page.locator('#calc-error').textContent(), /撤销/);
  assertClean(problems);
  await context.close();
});
