import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/export/write-files.js';
import { buildReport } from '../../src/report/build-report.js';
import { writeBigNetwork, writeFixture, XSS_IMG, XSS_SCRIPT } from './fixture.js';

/** The page's globals that the page.evaluate callbacks use (the tests compile without the DOM library). */
interface PageElement {
  dataset: Record<string, string | undefined>;
}
declare const document: {
  body: PageElement;
  getElementById(id: string): PageElement;
  addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string }) => void): void;
};

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
/** Shown in the name of each suite, so that a skipped run says why. */
const NEEDS = `(needs ${CHROMIUM}; skipped when it is missing: apt-get install chromium)`;
const SHOTS = resolve('test/.out');

/** Problems seen by a page: dialogs opened, console errors, uncaught errors. */
interface Watch {
  dialogs: string[];
  errors: string[];
}

async function open(browser: Browser, dir: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const watch: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.goto(pathToFileURL(join(dir, 'report/index.html')).href);
  await page.waitForFunction(() => document.body.dataset.ready !== 'no', undefined, { timeout: 15_000 });
  return { page, watch };
}

/** Screen position of a node of the network shown, from the view the page records after drawing. */
async function nodePoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  await page.locator('#net-canvas').scrollIntoViewIfNeeded();
  const [k, tx, ty] = ((await page.getAttribute('#net-canvas', 'data-transform')) ?? '1 0 0').split(' ').map(Number) as [number, number, number];
  const box = (await page.locator('#net-canvas').boundingBox())!;
  return { x: box.x + tx + k * x, y: box.y + ty + k * y };
}

describe.skipIf(!hasChromium)(`report page in Chromium ${NEEDS}`, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-lens-report-browser-'));
    writeFixture(dir);
    await writeFiles(dir, (await buildReport(dir, { png: false })).files);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every section, shows hostile titles as text, and runs nothing from the data', async () => {
    const { page, watch } = await open(browser, dir);
    expect(await page.getAttribute('body', 'data-ready')).toBe('yes');
    // Network: four drawn nodes of the coupling network (the fifth has no position), four links.
    expect(await page.getAttribute('#net-canvas', 'data-kind')).toBe('coupling');
    expect(await page.getAttribute('#net-canvas', 'data-nodes')).toBe('4');
    expect(await page.getAttribute('#net-canvas', 'data-edges')).toBe('4');
    expect(Number(await page.getAttribute('#net-canvas', 'data-drawn'))).toBeGreaterThan(0);
    // Heatmap: 4 documents x 6 categories; roll-up: 4 documents x 5 dimension-facet pairs.
    expect(await page.getAttribute('#heatmap', 'data-cells')).toBe('24');
    expect(await page.locator('#heatmap rect.cell').count()).toBe(24);
    expect(await page.getAttribute('#tax-dimensions', 'data-cells')).toBe('20');
    // The paper coded twice in mechanism problems for one sentence counts it once in the roll-up.
    expect(await page.getAttribute('#heatmap rect.cell[data-row="3"][data-col="1"]', 'data-count')).toBe('1');
    expect(await page.getAttribute('#heatmap rect.cell[data-row="3"][data-col="2"]', 'data-count')).toBe('1');
    expect(await page.getAttribute('#tax-dimensions rect.cell[data-row="3"][data-col="1"]', 'data-count')).toBe('1');
    // Hostile titles are text in the documents table.
    const titles = await page.locator('#doc-table button[data-doc]').allTextContents();
    expect(titles.slice(0, 4)).toEqual([XSS_SCRIPT, '关于深化产教融合的若干意见', XSS_IMG, '=Modern Apprenticeship in Transition']);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(3);
    expect(await page.locator('#problems-table td', { hasText: 'The PDF is damaged <b>badly</b>' }).count()).toBe(1);
    expect(await page.locator('#notes-list li').allTextContents()).toEqual(['Networks: no table for citation (graphs/<kind>-nodes.csv is absent), so it is not shown.']);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows the sentences behind a heatmap cell, with document and page', async () => {
    const { page, watch } = await open(browser, dir);
    // Row 1 is the policy titled <script>…, column 0 problem.policy-implementation: two sentences.
    await page.click('#heatmap rect.cell[data-row="1"][data-col="0"]');
    expect(await page.getAttribute('#tax-evidence', 'data-count')).toBe('2');
    expect(await page.locator('#tax-evidence h3').textContent()).toBe(`${XSS_SCRIPT} · problem.policy-implementation`);
    const items = page.locator('#tax-evidence li.finding');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).locator('.sentence').textContent()).toBe('Local rules lack detail <script>alert(4)</script>.');
    expect(await items.nth(0).locator('.where').textContent()).toBe('policy, 2019 · page 1 · sentence 1 · § 2 Findings');
    expect(await items.nth(1).locator('.where').textContent()).toBe('policy, 2019 · page 2 · sentence 2 · § 2 Findings');
    expect(await items.nth(0).locator('.sentence mark').allTextContents()).toEqual(['rules', 'lack']);
    // A paper's cell: the hostile <img> in a sentence stays text.
    await page.click('#heatmap rect.cell[data-row="2"][data-col="1"]');
    expect(await page.locator('#tax-evidence .sentence').textContent()).toBe('Firms see little <img src=x onerror=alert(5)> benefit.');
    // Rates per 100 sentences: 2 of 40 sentences.
    await page.selectOption('#tax-measure', 'rate');
    expect(await page.locator('#heatmap g.cell-g').nth(6).locator('text').textContent()).toBe('5.0');
    await page.selectOption('#tax-kind', 'paper');
    expect(await page.getAttribute('#heatmap', 'data-cells')).toBe('12');
    await page.locator('#taxonomy').screenshot({ path: join(SHOTS, 'report-taxonomy.png') });
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('finds a document by search and opens its card from the map', async () => {
    const { page, watch } = await open(browser, dir);
    await page.fill('#net-search', 'alert(1)');
    expect(await page.getAttribute('#net-search-results', 'data-count')).toBe('1');
    expect(await page.locator('#net-search-results button').textContent()).toBe(XSS_SCRIPT);
    await page.fill('#net-search', 'hollis');
    expect(await page.getAttribute('#net-search-results', 'data-count')).toBe('1');
    await page.click('#net-search-results button');
    expect(await page.getAttribute('#net-card .doc-card', 'data-doc')).toBe('papers__xss-img');
    expect(await page.locator('#net-card .doc-card h3').textContent()).toBe(XSS_IMG);
    expect(await page.locator('#net-card .terms .chip').allTextContents()).toEqual(['enterprises', 'firms']);
    // The documents table filter finds it too.
    await page.fill('#doc-filter', 'onerror');
    expect(await page.getAttribute('#doc-table', 'data-count')).toBe('1');
    // Click a node on the canvas (quadtree hit test): the policy at (-10, 0).
    await page.fill('#net-search', '');
    await page.click('#net-reset');
    await page.waitForTimeout(600);
    const p = await nodePoint(page, -10, 0);
    await page.mouse.click(p.x, p.y);
    expect(await page.getAttribute('#net-card .doc-card', 'data-doc')).toBe('policy__xss-script');
    expect(await page.locator('#net-card .doc-card h3').textContent()).toBe(XSS_SCRIPT);
    // Click the middle of the link between (-10, 0) and (-5, 8): the works both cite.
    const q = await nodePoint(page, -7.5, 4);
    await page.mouse.click(q.x, q.y);
    expect(await page.locator('#net-card .edge-card').count()).toBe(1);
    expect(await page.locator('#net-card .evidence tbody tr').count()).toBe(2);
    expect(await page.locator('#net-card .evidence tbody td').allTextContents()).toEqual([
      'w:hartley',
      'Hartley S (2016) <b>Employer</b> engagement',
      'w:lindqvist',
      'Lindqvist P (2015) Work-Based Learning',
    ]);
    // Co-citation: the evidence names the citing document by its title, as text.
    const drawn = await page.getAttribute('#net-canvas', 'data-drawn');
    await page.click('#net-tabs button[data-kind=cocitation]');
    expect(await page.getAttribute('#net-canvas', 'data-nodes')).toBe('2');
    await page.waitForFunction((b) => document.getElementById('net-canvas').dataset.drawn !== b, drawn);
    const mid = await nodePoint(page, 2.5, 2.5);
    await page.mouse.click(mid.x, mid.y);
    expect(await page.locator('#net-card .evidence tbody td').allTextContents()).toEqual(['<img src=x onerror=alert(2)>', '<img src=x onerror=alert(2)>']);
    await page.locator('#networks').screenshot({ path: join(SHOTS, 'report-network.png') });
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('cannot reach the network: the Content-Security-Policy blocks fetch', async () => {
    const { page, watch } = await open(browser, dir);
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let outcome = 'fetched';
      try {
        await fetch('http://127.0.0.1:9/');
      } catch {
        outcome = 'blocked';
      }
      await new Promise((r) => setTimeout(r, 50));
      return { outcome, violations };
    });
    expect(result.outcome).toBe('blocked');
    expect(result.violations).toEqual(['connect-src']);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)(`a report of an output folder with documents only ${NEEDS}`, () => {
  it('shows the overview and notes instead of the missing sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-report-bare-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      writeFixture(dir, { graphs: false, themes: false, taxonomy: false });
      const built = await buildReport(dir, { png: false });
      expect(built.files.map((f) => f.path)).toEqual(['report/index.html']);
      await writeFiles(dir, built.files);
      const { page, watch } = await open(browser, dir);
      expect(await page.getAttribute('body', 'data-ready')).toBe('yes');
      expect(await page.locator('#net-panel').isHidden()).toBe(true);
      expect(await page.locator('#themes-body').isHidden()).toBe(true);
      expect(await page.locator('#taxonomy-body').isHidden()).toBe(true);
      expect(await page.locator('#notes-list li').count()).toBe(3);
      expect(await page.getAttribute('#doc-table', 'data-count')).toBe('5');
      expect(watch.dialogs).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasChromium)(`a 5,000-node network in Chromium ${NEEDS}`, () => {
  it('draws and zooms quickly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-report-big-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      writeFixture(dir, { themes: false, taxonomy: false });
      writeBigNetwork(dir, 5000, 50_000);
      await writeFiles(dir, (await buildReport(dir, { png: false })).files);
      const { page, watch } = await open(browser, dir);
      expect(await page.getAttribute('#net-canvas', 'data-nodes')).toBe('5000');
      expect(await page.getAttribute('#net-canvas', 'data-edges')).toBe('50000');
      // Every link is drawn soon after the page opens (a slice of 5,000 a frame).
      await page.waitForFunction(() => document.getElementById('net-canvas').dataset.linksDrawn === '50000', undefined, { timeout: 20_000 });
      await page.locator('#net-canvas').scrollIntoViewIfNeeded();
      const box = (await page.locator('#net-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const frames: number[] = [];
      for (let i = 0; i < 8; i++) {
        const before = await page.getAttribute('#net-canvas', 'data-drawn');
        await page.mouse.wheel(0, i < 4 ? -120 : 120);
        await page.waitForFunction((b) => document.getElementById('net-canvas').dataset.drawn !== b, before);
        await page.waitForTimeout(120);
        frames.push(Number(await page.getAttribute('#net-canvas', 'data-frame-ms')));
      }
      // A frame, painting included, on a software rasteriser without a GPU: measured 40 to 110 ms.
      expect(Math.max(...frames)).toBeLessThan(400);
      await page.locator('#net-reset').click();
      await page.waitForFunction(() => document.getElementById('net-canvas').dataset.linksDrawn === '50000', undefined, { timeout: 20_000 });
      await page.locator('#networks').screenshot({ path: join(SHOTS, 'report-big-network.png') });
      expect(watch.errors).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
