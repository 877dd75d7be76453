// End-to-end check of the Loss Advisor pages in headless Chromium.
// Usage: node pages.e2e.mjs BASE_URL OUT_DIR   (screenshots go to OUT_DIR; exit 0 when every check passes)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node pages.e2e.mjs BASE_URL OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // this machine has no internet: keep Chromium from trying its background services
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const problems = [];
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  // error pages on purpose (422, 400) are documents; a failing script, style or icon is a problem
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));

  await step('recommend: the form gives BCE from logits with 5 units for multi-label in PyTorch', async () => {
    await page.goto(base + '/');
    await page.selectOption('#task', 'multilabel');
    await page.fill('#classes', '5');
    await page.uncheck('input[name=frameworks][value=keras]');
    await page.uncheck('input[name=frameworks][value=djl]');
    await page.fill('#labels', '0,1,1,0,0\n1,0,0,0,1');
    await page.click('#recommend-form button[type=submit]');
    await page.waitForSelector('#recommendation');
    assert.match(await page.textContent('#rec-loss'), /Binary cross-entropy/);
    assert.match(await page.textContent('#rec-units'), /^5/);
    assert.match(await page.textContent('#snippet-pytorch'), /BCEWithLogitsLoss/);
    assert.match(await page.textContent('#snippet-pytorch'), /nn\.Linear\(in_features, 5\)/);
    assert.equal(await page.locator('section.framework').count(), 1, 'only the chosen framework');
    assert.equal(await page.inputValue('#labels'), '0,1,1,0,0\n1,0,0,0,1', 'the form keeps what was typed');
    await page.click('button.copy');
    await page.waitForFunction(() => document.querySelector('button.copy').textContent === 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.textContent('#snippet-pytorch'));
    await page.screenshot({ path: join(out, 'recommend.png'), fullPage: true });
  });

  await step('recommend: a bad label is reported at its position and the input stays', async () => {
    await page.goto(base + '/');
    await page.fill('#labels', '0 1 x 1');
    await page.click('#recommend-form button[type=submit]');
    await page.waitForSelector('#error');
    assert.match(await page.textContent('#error'), /\/labels\/2/);
    assert.equal(await page.inputValue('#labels'), '0 1 x 1');
    assert.equal(await page.getAttribute('#labels', 'aria-invalid'), 'true');
  });

  await step('validate: a rule example shows its finding, linked to the rule page', async () => {
    await page.goto(base + '/validate?sample=mse-for-classification');
    assert.match(await page.inputValue('#description'), /"loss"/);
    await page.click('#validate-form button[type=submit]');
    await page.waitForSelector('#findings');
    const finding = page.locator('li.finding[data-rule="mse-for-classification"]');
    assert.equal(await finding.count(), 1);
    await page.screenshot({ path: join(out, 'validate.png'), fullPage: true });
    await finding.locator('a.rule').click();
    await page.waitForURL('**/rules/mse-for-classification');
    assert.match(await page.textContent('h1'), /LA001/);
  });

  await step('validate: user text is shown as text, never run as markup', async () => {
    await page.goto(base + '/validate');
    const name = '<img src=x onerror="window.__xss=1">';
    await page.fill('#description', JSON.stringify({ name, framework: 'keras', output: { units: 1, activation: 'sigmoid' }, loss: 'binary_crossentropy' }));
    await page.click('#validate-form button[type=submit]');
    await page.waitForSelector('#findings');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.match(await page.textContent('#findings h2'), /<img src=x/);
  });

  await step('validate: malformed JSON keeps the text and names the spot', async () => {
    await page.goto(base + '/validate');
    const broken = '{"framework": "keras", "output": {"units": 1}, "loss": "mse"';
    await page.fill('#description', broken);
    await page.click('#validate-form button[type=submit]');
    await page.waitForSelector('#error');
    assert.match(await page.textContent('#error'), /malformed JSON/);
    assert.equal(await page.inputValue('#description'), broken);
  });

  await step('rules: the index links every rule page', async () => {
    await page.goto(base + '/rules');
    const links = await page.locator('#rules tbody a').count();
    assert.ok(links >= 20, `expected the rules, saw ${links}`);
  });

  await step('confirm: a run shows progress, then loss curves and the verdict table', async () => {
    await page.goto(base + '/confirm');
    await page.selectOption('#task', 'binary');
    await page.fill('#seeds', '2');
    await page.click('#confirm-form button[type=submit]');
    await page.waitForURL(/\/confirm\/[0-9a-f]+$/);
    // the script follows the job: the bar moves before the results replace it
    await page.waitForFunction(() => Number(document.getElementById('job-progress')?.value) > 0, null, { timeout: 60_000 });
    assert.match(await page.textContent('#job-status'), /of 48 epochs/);
    await page.waitForSelector('#verdict', { timeout: 90_000 });
    assert.ok(await page.locator('#loss-chart polyline').count() >= 2, 'a line per candidate that did not diverge at once');
    assert.equal(await page.locator('#verdict-table tbody tr').count(), 4);
    assert.match(await page.textContent('#verdict'), /confirmed|inconclusive/);
    await page.screenshot({ path: join(out, 'confirm.png'), fullPage: true });
  });

  await step('no script errors and no blocked resources on any page', async () => {
    assert.deepEqual(problems, []);
  });
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

async function step(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (e) {
    failed = true;
    console.log(`not ok - ${name}\n  ${String(e.message || e).split('\n').join('\n  ')}`);
  }
}
