// The JS API of the served wasm module: evaluate(exampleScenario()) returns
// JSON equal to the native engine's Evaluation (tests/fixtures, written and
// checked by the native test tests/engine_snapshot.rs), builtinRules()
// returns the rule set, and bad input returns an error object.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertClean, openApp, startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('JS evaluate(exampleScenario()) equals the native Evaluation', async () => {
  const { page, context, problems } = await openApp(app);
  const reply = await page.evaluate(async () => {
    const m = await import('./pkg/kaohe.js');
    const rules = JSON.parse(m.builtinRules());
    const bad = JSON.parse(m.evaluate('{"format_version": 1'));
    return { evaluation: m.evaluate(m.exampleScenario()), rulesId: rules.id, schema: rules.schema_version, bad };
  });
  const native = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/example-evaluation.json'), 'utf8'));
  assert.deepEqual(JSON.parse(reply.evaluation), native);
  assert.equal(reply.schema, 1);
  assert.ok(reply.rulesId.length > 0);
  assert.equal(reply.bad.error.kind, 'parse');
  assertClean(problems);
  await context.close();
});
