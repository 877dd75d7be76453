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
let confirmPage = null;
let progressFits = false;
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
    await page.setViewportSize({ width: 390, height: 844 });
    progressFits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.waitForSelector('#verdict', { timeout: 90_000 });
    assert.ok(await page.locator('#loss-chart polyline').count() >= 2, 'a line per candidate that did not diverge at once');
    assert.equal(await page.locator('#verdict-table tbody tr').count(), 4);
    assert.match(await page.textContent('#verdict'), /confirmed|inconclusive/);
    await page.screenshot({ path: join(out, 'confirm.png'), fullPage: true });
    confirmPage = page.url();
  });

  await step('phone width (390 px): no page scrolls sideways, answers scroll into view, a skip link leads to the content', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(base + '/');
    await fits(phone, 'recommend form');
    await phone.keyboard.press('Tab');
    assert.equal(await phone.evaluate(() => document.activeElement.className), 'skip', 'the first Tab reaches the skip link');
    await phone.keyboard.press('Enter');
    assert.equal(await phone.evaluate(() => document.activeElement.id), 'main');
    await phone.selectOption('#task', 'multiclass');
    await phone.fill('#classes', '10');
    await phone.click('#recommend-form button[type=submit]');
    await phone.waitForSelector('#recommendation');
    await fits(phone, 'recommendation');
    await inView(phone, '#recommendation');
    await phone.goto(base + '/validate?sample=mse-for-classification');
    await fits(phone, 'validate form');
    await phone.click('#validate-form button[type=submit]');
    await phone.waitForSelector('#findings');
    await fits(phone, 'validate result of a model description');
    await inView(phone, '#findings');
    await phone.goto(base + '/validate');
    await phone.setInputFiles('#file', { name: 'train_classifier_with_a_long_name.py', mimeType: 'text/x-python', buffer: Buffer.from([
      'import torch.nn as nn', '', '', 'class Net(nn.Module):', '    def __init__(self):', '        super().__init__()',
      '        self.fc = nn.Linear(128, 10)', '', '    def forward(self, x):', '        return self.fc(x).softmax(dim=1)', '', '',
      'model = Net()', 'criterion = nn.CrossEntropyLoss()', 'for x, y in []:', '    loss = criterion(model(x), y)', ''].join('\n')) });
    await phone.click('#validate-form button[type=submit]');
    await phone.waitForSelector('li.finding[data-rule="probabilities-to-logits-loss"]');
    await fits(phone, 'validate result of Python code');
    await phone.goto(base + '/rules');
    await fits(phone, 'rules index');
    await phone.goto(base + '/rules/probabilities-to-logits-loss');
    await fits(phone, 'rule page');
    await phone.goto(base + '/confirm');
    await fits(phone, 'confirm form');
    if (confirmPage) {
      await phone.goto(confirmPage);
      await phone.waitForSelector('#verdict');
      await fits(phone, 'confirm result with its chart');
      const chart = await phone.evaluate(() => document.getElementById('loss-chart').getBoundingClientRect().width);
      assert.ok(chart <= 390, `chart ${chart} px wide`);
    }
    assert.ok(progressFits, 'the confirm progress page fits 390 px');
    await phone.screenshot({ path: join(out, 'phone-confirm.png'), fullPage: true });
    await phone.close();
  });

  await step('no script errors and no blocked resources on any page', async () => {
    assert.deepEqual(problems, []);
  });
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

// the page is no wider than the viewport: nothing scrolls sideways
async function fits(page, what) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= width, `${what}: ${scroll} px wide in a ${width} px viewport`);
}

// the answer to a submitted form is on screen, not below the form
async function inView(page, selector) {
  const top = await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
  assert.ok(top >= -2 && top < 844 / 2, `${selector} starts at ${top} px`);
}

async function step(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (e) {
    failed = true;
    console.log(`not ok - ${name}\n  ${String(e.message || e).split('\n').join('\n  ')}`);
  }
}
