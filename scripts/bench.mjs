// The browser half of `make bench` (see scripts/bench.sh): bundle sizes,
// start time against a Yew hello world, recompute after an input event,
// the engine in wasm against native, goal seek; writes the "Budgets"
// section of BENCHMARKS.md and exits 1 when a hard budget is missed.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { startServer } from './serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(d));

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function bundle(dir) {
  let raw = 0;
  let gz = 0;
  for (const f of files(dir).filter((f) => /\.(wasm|js|css)$/.test(f) && !f.endsWith('sw.js'))) {
    const b = readFileSync(f);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gz };
}

/** Median time from navigation start to the first render of #app-title, over 7 fresh contexts. */
async function startTime(browser, url) {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.getElementById('app-title')) {
          window.__firstRender = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstRender !== undefined);
    times.push(await page.evaluate(() => window.__firstRender));
    await context.close();
  }
  return median(times);
}

/**
 * Median time (7 edits) from a change event on an indicator's actual value in
 * the unit editor to the updated total in the roster, for a county opened
 * through a share link (`hash`; empty: the example county).
 */
async function recompute(browser, url, hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + hash);
  await page.locator('tr[data-unit]').first().waitFor({ timeout: 60000 });
  const units = await page.locator('#screen-calc tr[data-unit]').count();
  await page.locator('tr[data-unit] .calc-link').first().click();
  const field = page.locator('input[id^="calc-ind-"][id$="-actual"]').first();
  await field.waitFor();
  const times = await page.evaluate(async () => {
    const out = [];
    const first = document.querySelector('input[id^="calc-ind-"][id$="-actual"]');
    const fieldId = first.id;
    const rowId = document.querySelector('#screen-calc tr[data-unit]').id;
    const base = Number(first.value) || 100;
    const total = () => document.getElementById(rowId)?.querySelector('[data-total]')?.getAttribute('data-total');
    for (let i = 1; i <= 7; i++) {
      // Elements may be re-created by a render: look them up every time.
      const input = document.getElementById(fieldId);
      const before = total();
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (total() !== before) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.getElementById('screen-calc'), { subtree: true, attributes: true, childList: true, characterData: true });
        setTimeout(() => {
          obs.disconnect();
          resolve(NaN);
        }, 5000);
      });
      // Half the actual and more: below the completion clamp, so every edit
      // changes the total.
      input.value = String(Math.round(base / 2) + i * Math.max(1, Math.round(base / 20)));
      const t0 = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      out.push((await done) - t0);
    }
    return out;
  });
  await context.close();
  return { units, median: median(times.filter((t) => !Number.isNaN(t))), misses: times.filter(Number.isNaN).length };
}

function nativeFigures() {
  const text = readFileSync(join(ROOT, 'target/bench/native.txt'), 'utf8');
  const grab = (name) => Number(new RegExp(`${name}: \\d+ units, median ([0-9.]+) ms`).exec(text)?.[1]);
  return { n43: grab('example county'), n500: grab('generated county') };
}

const results = [];
function record(name, value, unit, hard, aim, note = '') {
  const pass = hard === undefined ? undefined : value !== undefined && !Number.isNaN(value) && value <= hard;
  results.push({ name, value, unit, hard, aim, pass, note });
}

const app = await startServer(join(ROOT, 'dist'));
const hello = await startServer(join(ROOT, 'target/bench/hello-dist'));
const floor = await startServer(join(ROOT, 'target/bench/floor-dist'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
try {
  const b = bundle(join(ROOT, 'dist'));
  const h = bundle(join(ROOT, 'target/bench/hello-dist'));
  record('bundle: gzip of wasm + JS + CSS', b.gz / 1024, 'KB', 250, undefined, `raw ${fmt(b.raw / 1024, 1)} KB`);
  record('bundle: ratio to hello world', b.gz / h.gz, '×', undefined, 3, `hello world ${fmt(h.gz / 1024, 1)} KB gzip`);
  // The floor: the same page and crate without the screens (engine,
  // formats, JS API, Yew runtime). What a hard budget leaves for the screens.
  const f = bundle(join(ROOT, 'target/bench/floor-dist'));
  record('bundle floor: the app without its screens', f.gz / 1024, 'KB', undefined, undefined, `raw ${fmt(f.raw / 1024, 1)} KB; the screens add ${fmt((b.gz - f.gz) / 1024, 1)} KB`);

  const tApp = await startTime(browser, app.url);
  const tHello = await startTime(browser, hello.url);
  record('start: navigation to first render, median of 7', tApp, 'ms', undefined, undefined, `hello world ${fmt(tHello, 1)} ms`);
  record('start: ratio to hello world', tApp / tHello, '×', 2);
  const tFloor = await startTime(browser, floor.url);
  record('start floor: the app without its screens', tFloor, 'ms', undefined, undefined, `${fmt(tFloor / tHello)} × hello world`);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#app-title').waitFor();
  const wasm = async (kind, units, runs) =>
    JSON.parse(await page.evaluate(async ([k, u, r]) => (await import('./pkg/kaohe.js')).__kaoheBench(k, u, r), [kind, units, runs]));
  const w43 = await wasm('evaluate', 43, 200);
  const w500 = await wasm('evaluate', 500, 30);
  const native = nativeFigures();
  record('engine: native evaluate, 43 units', native.n43, 'ms');
  record('engine: native evaluate, 500 units', native.n500, 'ms', 1);
  record('engine: wasm evaluate, 43 units', w43.median_ms, 'ms', undefined, undefined, `wasm/native ${fmt(w43.median_ms / native.n43)}×`);
  record('engine: wasm evaluate, 500 units', w500.median_ms, 'ms', undefined, undefined, `wasm/native ${fmt(w500.median_ms / native.n500)}×`);
  const link500 = await page.evaluate(async () => {
    const m = await import('./pkg/kaohe.js');
    return m.encodeShareLink(m.__kaoheGeneratedScenario(500));
  });
  const r43 = await recompute(browser, app.url, '');
  record(`recompute: change event to updated roster, ${r43.units} units`, r43.median, 'ms', undefined, undefined, r43.misses ? `${r43.misses} edits without update` : '');
  const r500 = await recompute(browser, app.url, `#${link500}`);
  record(`recompute: change event to updated roster, ${r500.units} units`, r500.median, 'ms', 16, undefined, `link ${link500.length} characters${r500.misses ? `; ${r500.misses} edits without update` : ''}`);
  const gs = await wasm('goalseek', 43, 86);
  record('goal seek in the browser: slowest of every unit → 优秀 (twice each)', gs.max_ms, 'ms', 200, undefined, `median ${fmt(gs.median_ms)} ms`);
  await context.close();
} finally {
  await browser.close();
  app.server.close();
  hello.server.close();
  floor.server.close();
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium via playwright-core`;
const date = new Date().toISOString().slice(0, 10);
const rows = results.map(
  (r) =>
    `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.hard === undefined ? '—' : `≤ ${r.hard} ${r.unit}`} | ${r.aim === undefined ? '—' : `≤ ${r.aim} ${r.unit}`} | ${r.pass === undefined ? '—' : r.pass ? 'met' : '**missed**'} | ${r.note} |`,
);
const section = [
  '<!-- budgets:start (written by make bench) -->',
  `Measured ${date} on ${machine}. Method: scripts/bench.sh and scripts/bench.mjs — sizes are gzip -9 of every .wasm/.js/.css in dist/ (the service worker excluded); start is navigation to the first render of the app title in a fresh context, median of 7, against a Yew hello world (bench/hello) built with the same profile in the same run; engine figures are medians (native: cargo bench; wasm: timed inside the module with performance.now()).`,
  '',
  '| budget | value | hard | aim | status | note |',
  '|---|---|---|---|---|---|',
  ...rows,
  '<!-- budgets:end -->',
].join('\n');
const path = join(ROOT, 'BENCHMARKS.md');
const doc = readFileSync(path, 'utf8');
const re = /<!-- budgets:start[\s\S]*?<!-- budgets:end -->/;
writeFileSync(path, re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n## Budgets (make bench)\n\n${section}\n`);
console.log(section);
const missed = results.filter((r) => r.pass === false);
if (missed.length) {
  console.error(`hard budgets missed: ${missed.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
