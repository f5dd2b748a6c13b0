// The browser page in a real browser: Debian's Chromium driven by playwright-core. Builds the page
// (site/), serves it from localhost, drops a UTF-8 CSV, a GBK CSV and .xlsx files, and compares
// the page's counts with the library's own check of the same files (what the CLI runs). Every
// request is recorded: none may leave the page's origin. Skipped with a message when
// /usr/bin/chromium is missing, unless PARTYINFO_BROWSER_TESTS=1 (CI), where that fails.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkDataset } from '../../src/dataset/index.js';
import { readDataset } from '../../src/io/readDataset.js';
import { buildReport } from '../../src/io/report/buildReport.js';
import { ruleTitle } from '../../src/io/report/ruleTitles.js';
import { loadBook } from '../../src/io/book/loadBook.js';
import { loadBookBytes } from '../../src/io/book/loadBookBytes.js';
import { ruleById } from '../../src/ruleCatalogue.js';
import { tablesFromJson } from '../../src/cli/tablesFromJson.js';
import { serveStatic } from './staticServer.js';
import { writeSiteFixtures, type SiteFixtures } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.PARTYINFO_BROWSER_TESTS === '1';
const AVAILABLE = existsSync(CHROMIUM);
const BUDGET = 240_000;

if (!AVAILABLE) {
  const message = `browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`;
  if (REQUIRED) throw new Error(`${message}; PARTYINFO_BROWSER_TESTS=1 requires them`);
  console.warn(`SKIPPED ${message}`);
}

interface Expected {
  orgs: number;
  members: number;
  error: number;
  warning: number;
  review: number;
  rules: string[];
}

async function expectedOf(orgs: string, members: string, today: string, tablesJson?: string): Promise<Expected> {
  const read = await readDataset({ orgs, members });
  const tables = tablesJson ? tablesFromJson(JSON.parse(readFileSync(tablesJson, 'utf8')), 'zh-CN') : {};
  if (typeof tables === 'string') throw new Error(tables);
  const result = checkDataset({ orgs: read.orgs, members: read.members }, { today, tables });
  const report = buildReport({ issues: [...read.issues, ...result.issues], orgs: read.orgs, members: read.members, sources: read.sources });
  const { error, warning, review } = report.counts;
  return { orgs: read.orgs.length, members: read.members.length, error, warning, review, rules: report.byRule.map((r) => r.rule) };
}

async function summaryOf(page: Page): Promise<Record<string, number>> {
  const summary = page.locator('[data-testid=summary]');
  await summary.waitFor({ timeout: BUDGET });
  const read = async (name: string) => Number(await summary.getAttribute(`data-${name}`));
  return { orgs: await read('orgs'), members: await read('members'), error: await read('errors'), warning: await read('warnings'), review: await read('reviews') };
}

describe.skipIf(!AVAILABLE)('the browser page (site/)', () => {
  let dir: string;
  let fixtures: SiteFixtures;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'partyinfo-site-'));
    const { build } = await import('vite');
    const outDir = join(dir, 'dist');
    await build({ configFile: join(process.cwd(), 'site/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    fixtures = await writeSiteFixtures(dir);
    server = await serveStatic(outDir);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'zh-CN' });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.locator('[data-testid=privacy]').waitFor();
  }, BUDGET);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says in Chinese that nothing leaves the machine, and forbids it with a Content-Security-Policy', async () => {
    expect(await page.locator('[data-testid=privacy]').textContent()).toContain('不上传');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(await page.locator('input[type=file]').getAttribute('multiple')).not.toBeNull();
  });

  it('checks a UTF-8 org CSV with a GBK member CSV as the CLI does', async () => {
    const expected = await expectedOf(fixtures.orgsCsvUtf8, fixtures.membersCsvGbk, fixtures.today);
    expect(expected.members).toBe(60);
    await page.locator('[data-testid=today]').fill(fixtures.today);
    await page.locator('input[type=file]').setInputFiles([fixtures.orgsCsvUtf8, fixtures.membersCsvGbk]);
    const { rules, ...counts } = expected;
    expect(await summaryOf(page)).toEqual(counts);
    expect(await page.locator('[data-testid=summary]').textContent()).toContain('GB18030');
    expect(rules).toContain('id.checksum');
    // Errors come first in the list.
    expect(await page.locator('tr[data-rule]').first().getAttribute('data-severity')).toBe('error');
    const row = page.locator('tr[data-rule="id.checksum"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td.cell').textContent()).toMatch(/!D\d+$/);
    const pageRules = await page.locator('[data-testid=filter-rule] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(pageRules).toEqual(rules);
  }, BUDGET);

  it('names the rules in the summary by their Chinese titles, as the CLI\'s HTML report does', async () => {
    const items = await page.locator('[data-testid=summary] .top-rules li').allTextContents();
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      const rule = /（([\w.]+)）：\d+$/.exec(item)?.[1];
      expect(rule, item).toBeDefined();
      expect(item).toBe(`${ruleTitle(rule!)}（${rule}）：${item.split('：').pop()}`);
      expect(ruleTitle(rule!), `${rule} has a Chinese title`).toMatch(/[\u4e00-\u9fff]/);
      expect(item).not.toContain(ruleById(rule!)!.summary);
    }
    expect(items.some((item) => item.startsWith(`${ruleTitle('id.checksum')}（id.checksum）`))).toBe(true);
    const option = await page.locator('[data-testid=filter-rule] option[value="id.checksum"]').textContent();
    expect(option).toContain(ruleTitle('id.checksum'));
  }, BUDGET);

  it('filters the issue rows by severity and by rule', async () => {
    const shown = () => page.locator('[data-testid=issue-count]').textContent();
    const all = await shown();
    await page.locator('[data-testid=filter-rule]').selectOption('tree.branch.empty');
    expect(await page.locator('tr[data-rule]').evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('data-rule'))).size)).toBe(1);
    expect(await page.locator('tr[data-rule="tree.branch.empty"]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=filter-rule]').selectOption('');
    expect(await page.locator('tr[data-severity=error]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=filter-error]').uncheck();
    expect(await shown()).not.toBe(all);
    expect(await page.locator('tr[data-severity=error]').count()).toBe(0);
    await page.locator('[data-testid=filter-error]').check();
  }, BUDGET);

  it('checks .xlsx files with code tables offline, and offers the marked workbook and the report', async () => {
    const expected = await expectedOf(fixtures.orgsXlsx, fixtures.membersXlsx, fixtures.today, fixtures.tablesJson);
    await context.setOffline(true);
    await page.locator('#clear').click();
    await page.locator('[data-testid=summary]').waitFor({ state: 'detached' });
    await page.locator('input[type=file]').setInputFiles([fixtures.orgsXlsx, fixtures.membersXlsx, fixtures.tablesJson]);
    const { rules, ...counts } = expected;
    expect(await summaryOf(page)).toEqual(counts);
    await page.locator('[data-testid=filter-rule]').selectOption('id.checksum');
    expect(await page.locator('tr[data-rule]').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUDGET }), page.locator('[data-testid=download-xlsx]').click({ timeout: BUDGET })]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain('问题清单');
    const [report] = await Promise.all([page.waitForEvent('download', { timeout: BUDGET }), page.locator('[data-testid=download-report]').click()]);
    expect(readFileSync((await report.path())!, 'utf8')).toContain('id.checksum');
    await context.setOffline(false);
    if (process.env.PARTYINFO_SITE_SCREENSHOT) await page.screenshot({ path: process.env.PARTYINFO_SITE_SCREENSHOT, fullPage: false });
    expect(rules.length).toBeGreaterThan(0);
  }, BUDGET);

  it('switches to English and checks again in English', async () => {
    await page.locator('[data-testid=language]').click();
    await page.locator('[data-testid=summary]').waitFor({ timeout: BUDGET });
    expect(await page.locator('[data-testid=summary] .sentence').textContent()).toMatch(/^Read \d+ organisations/);
    expect(await page.locator('h1').textContent()).toBe('Party organisation and member information check');
    await page.locator('[data-testid=language]').click();
    await page.locator('[data-testid=summary]').waitFor({ timeout: BUDGET });
    expect(await page.locator('h1').textContent()).toBe('党组织和党员信息检查');
  }, BUDGET);

  it('browses the code tables: search by code or name, leaves marked', async () => {
    await page.locator('[data-tab=codes]').click();
    await page.locator('[data-testid=code-table]').selectOption('orgCategory');
    await page.locator('[data-testid=code-search]').fill('631');
    expect(await page.locator('tr[data-code="631"] td.mark').textContent()).toBe('✓');
    await page.locator('[data-testid=code-search]').fill('党委');
    expect(await page.locator('tr[data-code="611"]').count()).toBe(1);
    await page.locator('[data-testid=code-search]').fill('');
    expect(await page.locator('tr[data-code="6"] td.mark').textContent()).toBe('');
  }, BUDGET);

  it('checks one ID number or credit code as it is typed', async () => {
    await page.locator('[data-tab=id]').click();
    const input = page.locator('[data-testid=id-input]');
    const result = page.locator('[data-testid=id-result]');
    await input.fill('11010519491231002X');
    expect(await result.getAttribute('data-valid')).toBe('true');
    await input.fill('110105194912310021');
    expect(await result.getAttribute('data-valid')).toBe('false');
    await input.fill('91350100M000100Y43');
    expect(await result.getAttribute('data-valid')).toBe('true');
    await page.locator('[data-tab=check]').click();
  }, BUDGET);

  it('reports a CSV whose quote never closes (io.csv.unclosedQuote) with the line, as the CLI does', async () => {
    const broken = join(dir, '党员（引号未闭合）.csv');
    const text = readFileSync(fixtures.orgsCsvUtf8, 'utf8'); // any file: the quote is what counts
    const lines = text.replace(/^\ufeff/, '').split('\n');
    writeFileSync(broken, `${lines[0]}\n${lines[1]}\n"${lines[2]}\n${lines.slice(3).join('\n')}`);
    expect((await loadBook(broken)).issues.map((i) => i.rule)).toEqual(['io.csv.unclosedQuote']); // what the CLI reads
    const cli = await loadBookBytes({ name: '党员（引号未闭合）.csv', bytes: new Uint8Array(readFileSync(broken)) }); // the same, named as the page names it
    await page.locator('#clear').click();
    await page.locator('[data-testid=summary]').waitFor({ state: 'detached' });
    await page.locator('input[type=file]').setInputFiles([fixtures.orgsCsvUtf8, broken]);
    await summaryOf(page);
    const row = page.locator('tr[data-rule="io.csv.unclosedQuote"]');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-severity')).toBe('error');
    expect(await row.textContent()).toContain(cli.issues[0]!.message);
    expect(await row.textContent()).toContain('第 3 行');
    expect(await page.locator('[data-testid=summary] .top-rules').textContent()).toContain(ruleTitle('io.csv.unclosedQuote'));
  }, BUDGET);

  it('sent no request beyond its own origin', () => {
    expect(requests.length).toBeGreaterThan(2);
    const outside = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
  });
});
