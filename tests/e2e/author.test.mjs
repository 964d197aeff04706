// End-to-end test of the authoring page (demo/author.html) in the system Chromium, served with a
// strict CSP: import a text, move a unit, change a leader's 分管, download a dataset that
// validates and renders; a reload keeps the work; the bundled dataset round-trips unchanged; axe
// finds nothing; no request leaves the page's own origin.
// Run: node --test tests/e2e/author.test.mjs   (expects dist/ and lib/ built: npx rollup -c rollup.config.mjs)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'";
const TEXT = `某某市某某局机构职能
内设机构
（一）办公室。负责文电、会务工作。
（二）规划科。负责规划编制工作。
（三）法规科。负责法制工作。
领导分工
一、林娟 局长：主持全面工作；分管办公室、规划科。
二、陈立 副局长：负责法制工作；分管法规科。`;
// The same kind of text saved as GBK (a .txt as many government sites publish them).
const GBK_TXT = Buffer.from([
  196, 218, 201, 232, 187, 250, 185, 185, 10, 163, 168, 210, 187, 163, 169, 176, 236, 185, 171, 202, 210, 161, 163, 184,
  186, 212, 240, 206, 196, 181, 231, 161, 162, 187, 225, 206, 241, 185, 164, 215, 247, 161, 163, 10, 163, 168, 182, 254,
  163, 169, 178, 198, 206, 241, 191, 198, 161, 163, 184, 186, 212, 240, 178, 198, 206, 241, 185, 220, 192, 237, 161,
  163, 10,
]);

let server;
let browser;
let origin;

before(async () => {
  for (const built of ['dist/gov-org-elements-no-data.js', 'lib/authoring/index.js']) {
    assert.ok(
      existsSync(path.join(ROOT, built)),
      `${built} is missing: build first (npx rollup -c rollup.config.mjs).`,
    );
  }
  // The same browser lookup as every other test (installed Chrome/Chromium, else the npm one).
  const launchOptions = await browserLaunchOptions();
  server = await serve(ROOT, { headers: () => ({ 'content-security-policy': CSP }) });
  origin = server.origin;
  browser = await chromium.launch(launchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context on the authoring page; collects errors, CSP violations and foreign requests. */
async function openAuthor({ query = '', width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  await page.goto(`${origin}/demo/author.html${query}`);
  await page.waitForSelector('#author-title:not(:empty)');
  const finish = async () => {
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    assert.deepEqual(problems, [], 'no console error, page error or foreign request');
    await context.close();
  };
  return { page, context, finish };
}

/** The <details> of the unit or leader whose summary starts with `name`, opened. */
async function item(page, name) {
  const details = page
    .locator('#forms details.author-item')
    .filter({ has: page.locator('summary', { hasText: new RegExp(`^${name}( ·|$)`) }) });
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details;
}

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return { name: file.suggestedFilename(), json: JSON.parse(await readFile(await file.path(), 'utf8')) };
}

/** Validates a dataset with the library's own parseDataset and renders it in an <org-profile>. */
async function validateAndRender(page, dataset) {
  return page.evaluate(async (data) => {
    const { parseDataset } = await import('/lib/authoring/index.js');
    const result = parseDataset(data);
    const el = document.createElement('org-profile');
    el.data = data;
    document.body.append(el);
    await el.updateComplete;
    const text = el.textContent;
    el.remove();
    return { ok: result.ok, issues: result.issues.map((i) => i.path), text };
  }, dataset);
}

async function axeViolations(page) {
  await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('authoring page', () => {
  test(
    'import → move a unit → set a leader’s 分管 → download gives a dataset that validates and renders; ' +
      'reload keeps it; axe clean',
    async () => {
      const { page, finish } = await openAuthor();
      await page.fill('#paste', TEXT);
      await page.click('#import-text');
      await page.waitForSelector('#workspace:not([hidden])');
      const report = await page.textContent('#report');
      assert.match(report, /识别出 3 个机构、\d+ 条职责、2 位领导、3 项分管关系/);
      assert.match(report, /推定 · 第 1 行/, 'each report entry is shown with its line');

      // Move 法规科 under 规划科.
      const unit = await item(page, '法规科');
      await unit.getByLabel('上级机构').selectOption({ label: '　规划科' });
      await page.waitForFunction(() => document.querySelector('#finish')?.textContent.includes('下移到'));
      // 办公室 moves from 林娟 to 陈立.
      await (await item(page, '林娟')).getByRole('checkbox', { name: '办公室' }).uncheck();
      await page.waitForFunction(() => document.querySelector('#finish')?.textContent.includes('林娟 → 无人'));
      await (await item(page, '陈立')).getByRole('checkbox', { name: '办公室' }).check();
      await page.waitForFunction(() => document.querySelector('#finish')?.textContent.includes('林娟 → 陈立'));

      const changes = await page.locator('.change-list li').allTextContents();
      assert.ok(changes.includes('“法规科” 从 “某某市某某局” 下移到 “规划科” 下'), changes.join('\n'));
      assert.ok(changes.includes('“办公室” 的分管领导：林娟 → 陈立'), changes.join('\n'));
      assert.match(await page.textContent('#finish'), /没有发现问题/);

      const { json } = await download(page);
      const byName = (name) => json.units.find((u) => u.name.zh === name);
      assert.equal(byName('法规科').parentId, byName('规划科').id);
      assert.deepEqual(
        json.people.find((p) => p.name.zh === '陈立').supervises.map((s) => s.unitId),
        [byName('法规科').id, byName('办公室').id],
      );
      const rendered = await validateAndRender(page, json);
      assert.deepEqual(rendered.issues, []);
      assert.ok(rendered.ok && rendered.text.includes('法规科') && rendered.text.includes('陈立'));
      assert.equal(
        await page.evaluate(() => document.querySelector('.author-preview org-profile').data.units.length),
        3,
        'the preview shows the edited dataset',
      );

      await page.reload();
      await page.waitForSelector('#workspace:not([hidden])');
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('gov-org-elements:author')).working);
      assert.deepEqual(saved, json, 'the reloaded work is what was downloaded');
      assert.deepEqual(
        await page.locator('.change-list li').allTextContents(),
        changes,
        'the changes against the opened version survive a reload',
      );
      assert.match(await page.textContent('#status, #author-status'), /恢复/);

      await item(page, '法规科');
      await item(page, '陈立');
      assert.deepEqual(await axeViolations(page), []);
      await finish();
    },
  );

  test('the bundled dataset, opened and downloaded unchanged, is deep-equal to the file', async () => {
    const { page, finish } = await openAuthor();
    await page.click('#open-bundled');
    await page.waitForSelector('#workspace:not([hidden])');
    assert.match(await page.textContent('#finish'), /没有发现问题[\s\S]*没有改动/);
    const { name, json } = await download(page);
    assert.equal(name, 'suzhou-land-resources-bureau.json');
    assert.deepEqual(
      json,
      JSON.parse(await readFile(path.join(ROOT, 'data/suzhou-land-resources-bureau.json'), 'utf8')),
    );
    await finish();
  });

  test('an edit shows its problem next to the field, and undo takes it back', async () => {
    const { page, finish } = await openAuthor();
    await page.click('#open-bundled');
    await page.waitForSelector('#workspace:not([hidden])');
    const office = await item(page, '办公室');
    await office.getByLabel('名称（必填）').fill('');
    await office.getByLabel('名称（必填）').press('Tab');
    await page.waitForSelector('[data-field$=":name"].field--invalid');
    const issue = await page.locator('[data-field$=":name"].field--invalid .field-issue').first().textContent();
    assert.ok(issue.length > 0);
    assert.doesNotMatch(
      await page.textContent('#finish .issue-list'),
      /\/units\/|general-office/,
      'no pointer or id is shown',
    );
    await page.locator('.issue-list button').first().click();
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('[data-field]').dataset.field),
      'unit:general-office:name',
    );
    await page.click('#undo');
    await page.waitForFunction(() => document.querySelector('#finish')?.textContent.includes('没有发现问题'));
    await finish();
  });

  test('opens a GBK .txt file', async () => {
    const { page, finish } = await openAuthor();
    await page.setInputFiles('#file', { name: '三定.txt', mimeType: 'text/plain', buffer: GBK_TXT });
    await page.waitForSelector('#workspace:not([hidden])');
    assert.match(await page.textContent('#report'), /GBK/);
    assert.deepEqual(
      await page
        .locator('#forms details.author-item summary .unit-summary')
        .evaluateAll((els) => els.map((e) => e.firstChild.textContent)),
      ['办公室', '财务科'],
    );
    await finish();
  });

  test('follows the demo’s language switch, and fits a 375 px phone without sideways scrolling', async () => {
    const { page, finish } = await openAuthor({ query: '?lang=en', width: 375 });
    assert.equal(await page.textContent('#author-title'), "Write your organisation's data");
    await page.click('#open-bundled');
    await page.waitForSelector('#workspace:not([hidden])');
    assert.match(await page.textContent('#finish'), /No problems found/);
    await item(page, 'General Office');
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= 375),
      'no horizontal overflow at 375 px',
    );
    await page.click('button[data-lang="zh-CN"]');
    await page.waitForFunction(() => document.getElementById('author-title').textContent === '编写本机构的数据');
    assert.deepEqual(await axeViolations(page), []);
    await finish();
  });
});
