import { createHash } from 'node:crypto';
import { escapeXml, jsonForScript } from './escape.js';
import { PAGE_SCRIPT } from './page/page-script.js';
import { PAGE_STYLE } from './page/page-style.js';
import type { ReportData } from './report-data.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of the page: nothing may be loaded or sent (no network at all), only
 * the two inline scripts whose hashes are listed may run, inline styles and data: images are allowed.
 */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The report as one self-contained HTML file: the data as JSON in a script element that never runs,
 * d3 and the page program inline (allowed by hash), the sections the program fills. Data never goes
 * into the markup; `title` is the page title (escaped).
 */
export function renderPage(data: ReportData, d3Source: string, title = 'corpus-lens report'): string {
  // Fixed words and base64 hashes only: nothing to escape in the attribute.
  const csp = contentSecurityPolicy([d3Source, PAGE_SCRIPT]);
  const section = (id: string, heading: string, body: string): string => `<section id="${id}"><h2>${heading}</h2>${body}</section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeXml(`${data.tool.name} ${data.tool.version}`)}">
<title>${escapeXml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body data-ready="no">
<header>
<h1>${escapeXml(title)}</h1>
<p id="run-info"></p>
<nav><a href="#overview">Overview</a><a href="#networks">Networks</a><a href="#themes">Themes</a><a href="#taxonomy">Taxonomy</a><a href="#problems">Problems</a><a href="#notes">Notes</a></nav>
</header>
<main>
${section(
  'overview',
  'Overview',
  `<div id="overview-cards" class="cards"></div>
<div id="overview-chart"></div>
<h3>Documents</h3>
<div class="toolbar"><input id="doc-filter" type="search" placeholder="Find a document: title, author, path, year" aria-label="Find a document"><span id="doc-count" class="note"></span></div>
<div id="doc-card"></div>
<div id="doc-table" class="scroll"></div>`,
)}
${section(
  'networks',
  'Networks',
  `<div id="net-tabs" class="tabs" role="tablist"></div>
<div id="net-panel">
<p id="net-title" class="label"></p>
<div class="toolbar"><input id="net-search" type="search" placeholder="Search nodes: title, author, id" aria-label="Search nodes"><select id="net-size" aria-label="Node size"></select><label><input id="net-labels" type="checkbox" checked> labels</label><button id="net-reset" type="button">Fit to view</button><span id="net-info" class="note"></span></div>
<div class="net-body"><div id="net-canvas-wrap"><canvas id="net-canvas" aria-label="Network map: drag to pan, scroll to zoom, click a node or a link"></canvas><div id="net-tip" hidden></div></div>
<aside><div id="net-search-results"></div><div id="net-card"></div><div id="net-legend"></div></aside></div>
<div id="net-notes"></div>
</div>`,
)}
${section(
  'themes',
  'Themes',
  `<div id="themes-body">
<div class="two"><div><h3>Top terms</h3><div id="terms-chart"></div></div><div><h3>Top phrases</h3><div id="phrases-chart"></div></div></div>
<h3>Keyness: terms that set one group apart from another</h3>
<div class="toolbar"><select id="keyness-select" aria-label="Comparison"></select><span class="note">bar length: G² (log-likelihood); hover a bar for frequencies and the log ratio</span></div>
<div id="keyness-chart"></div>
<h3>Trends by year</h3>
<div id="trends-controls" class="toolbar"></div>
<div id="trends-chart"></div>
<div id="bursts"></div>
</div>`,
)}
${section(
  'taxonomy',
  'Taxonomy: problems and strategies',
  `<div id="taxonomy-body">
<div class="toolbar"><select id="tax-measure" aria-label="Measure"><option value="count">sentences coded</option><option value="rate">per 100 sentences of the document</option></select><select id="tax-kind" aria-label="Documents"><option value="">all documents</option></select><span class="note">click a cell for the sentences behind it; click a document or a category for all of its sentences</span></div>
<div id="tax-notes"></div>
<div id="heatmap" class="heatmap-box"></div>
<div id="tax-evidence"></div>
<h3>Roll-up by dimension and facet</h3>
<p class="note">sentences that name at least one category of the dimension and facet (a sentence coded twice counts once)</p>
<div id="tax-dimensions" class="heatmap-box"></div>
<h3>Policy documents against papers</h3>
<div id="tax-kinds"></div>
</div>`,
)}
${section(
  'problems',
  'Problems',
  `<div id="problems-summary"></div>
<div class="toolbar"><select id="problem-severity" aria-label="Severity"><option value="">all severities</option><option value="error">errors</option><option value="warning">warnings</option><option value="info">info</option></select></div>
<div id="problems-table" class="scroll"></div>`,
)}
${section('notes', 'Notes', '<ul id="notes-list"></ul>')}
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${d3Source}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
