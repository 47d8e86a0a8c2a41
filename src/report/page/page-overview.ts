/** Browser code of the report page, part 2: the overview (counts, documents by year, documents table) and the problems. */
export const PAGE_OVERVIEW = String.raw`
function initOverview() {
  var o = DATA.overview;
  var cards = byId('overview-cards');
  function card(label, value, detail, cls) {
    cards.appendChild(el('div', { class: 'stat ' + (cls || '') }, [
      el('div', { class: 'stat-value', text: fmt(value) }),
      el('div', { class: 'stat-label', text: label }),
      detail ? el('div', { class: 'stat-detail', text: detail }) : null
    ]));
  }
  card('documents read', o.ok, 'of ' + fmt(o.documents) + ' found');
  card('failed', o.failed, o.skipped ? fmt(o.skipped) + ' skipped' : null, o.failed > 0 ? 'bad' : '');
  if (o.pages !== null) card('pages', o.pages, fmt(o.words) + ' words, ' + fmt(o.sentences) + ' sentences');
  if (o.references !== null) card('references', o.references, o.matched !== null ? fmt(o.matched) + ' matched to a work' : null);
  if (o.works !== null) card('cited works', o.works);
  if (o.citations !== null) card('citations among documents', o.citations);
  if (o.findings !== null) card('taxonomy findings', o.findings);
  card('problems', o.problems.error + o.problems.warning + o.problems.info,
    fmt(o.problems.error) + ' errors, ' + fmt(o.problems.warning) + ' warnings, ' + fmt(o.problems.info) + ' info',
    o.problems.error > 0 ? 'bad' : '');
  var run = byId('run-info');
  run.textContent = DATA.tool.name + ' ' + DATA.tool.version + (DATA.run.input ? ' · corpus ' + DATA.run.input : '');
  yearChart(byId('overview-chart'));
  documentsTable();
}

/** Documents read per year, stacked by kind; failed documents in their own bar. */
function yearChart(host) {
  var docs = DATA.documents.filter(function (d) { return d.status === 'ok'; });
  if (!docs.length) { note(host, 'No document was read.'); return; }
  var kinds = Array.from(new Set(docs.map(function (d) { return d.kind || 'unknown'; }))).sort(function (a, b) {
    var order = ['policy', 'paper'];
    var ia = order.indexOf(a), ib = order.indexOf(b);
    return (ia < 0 ? 9 : ia) - (ib < 0 ? 9 : ib) || (a < b ? -1 : 1);
  });
  var years = Array.from(new Set(docs.map(function (d) { return d.year === null ? 'n.d.' : String(d.year); }))).sort();
  var rows = years.map(function (y) {
    var r = { year: y };
    kinds.forEach(function (k) { r[k] = docs.filter(function (d) { return (d.year === null ? 'n.d.' : String(d.year)) === y && (d.kind || 'unknown') === k; }).length; });
    return r;
  });
  var W = widthOf(host, 320, 720), H = 220, m = { top: 24, right: 12, bottom: 28, left: 36 };
  var x = d3.scaleBand().domain(years).range([m.left, W - m.right]).padding(0.2);
  var stack = d3.stack().keys(kinds)(rows);
  var y = d3.scaleLinear().domain([0, d3.max(stack, function (s) { return d3.max(s, function (p) { return p[1]; }); }) || 1]).nice().range([H - m.bottom, m.top]);
  var colours = { policy: '#c2410c', paper: '#1d4ed8' };
  var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart').attr('role', 'img').attr('aria-label', 'Documents by year and kind');
  svg.append('g').selectAll('g').data(stack).join('g').attr('fill', function (s, i) { return colours[s.key] || PALETTE[(i + 2) % PALETTE.length]; })
    .selectAll('rect').data(function (s) { return s.map(function (p) { return { p: p, key: s.key }; }); }).join('rect')
    .attr('x', function (d) { return x(d.p.data.year); }).attr('width', x.bandwidth())
    .attr('y', function (d) { return y(d.p[1]); }).attr('height', function (d) { return y(d.p[0]) - y(d.p[1]); })
    .append('title').text(function (d) { return d.p.data.year + ', ' + d.key + ': ' + (d.p[1] - d.p[0]); });
  svg.append('g').attr('transform', 'translate(0,' + (H - m.bottom) + ')').call(d3.axisBottom(x).tickSizeOuter(0));
  svg.append('g').attr('transform', 'translate(' + m.left + ',0)').call(d3.axisLeft(y).tickValues(y.ticks(4).filter(Number.isInteger)).tickFormat(d3.format('d')));
  var legend = svg.append('g').attr('transform', 'translate(' + (m.left + 8) + ',10)');
  kinds.forEach(function (k, i) {
    var g = legend.append('g').attr('transform', 'translate(' + (i * 90) + ',0)');
    g.append('rect').attr('width', 10).attr('height', 10).attr('y', -8).attr('fill', colours[k] || PALETTE[(i + 2) % PALETTE.length]);
    g.append('text').attr('x', 14).attr('y', 1).text(k);
  });
}

function documentsTable() {
  var host = byId('doc-table');
  var input = byId('doc-filter');
  var cardHost = byId('doc-card');
  function render() {
    var q = input.value.trim().toLowerCase();
    var shown = DATA.documents.filter(function (d) {
      if (!q) return true;
      return [d.title, d.authors, d.path, d.id, String(d.year || '')].some(function (s) { return String(s).toLowerCase().indexOf(q) >= 0; });
    });
    clear(host);
    host.dataset.count = String(shown.length);
    var rows = shown.slice(0, 500).map(function (d) {
      var b = el('button', { type: 'button', class: 'link', text: d.title || d.id, 'data-doc': d.id });
      b.addEventListener('click', function () { clear(cardHost).appendChild(documentCard(d)); });
      return [b, d.authors, d.year === null ? '' : String(d.year), d.kind, d.language, d.pages, d.words, d.status];
    });
    host.appendChild(table(['title', 'authors', 'year', 'kind', 'language', 'pages', 'words', 'status'], rows));
    if (shown.length > 500) note(host, 'The first 500 of ' + fmt(shown.length) + ' documents are listed; documents.csv holds all.');
    byId('doc-count').textContent = fmt(shown.length) + ' of ' + fmt(DATA.documents.length) + ' documents';
  }
  input.addEventListener('input', render);
  render();
}

function initProblems() {
  var host = byId('problems-table');
  var select = byId('problem-severity');
  var byRule = new Map();
  DATA.problems.forEach(function (p) {
    var k = p.severity + ' ' + p.stage + ':' + p.rule;
    byRule.set(k, (byRule.get(k) || 0) + 1);
  });
  var summary = byId('problems-summary');
  if (!DATA.problems.length) { note(summary, 'No problem was reported.'); select.hidden = true; return; }
  summary.appendChild(table(['severity stage:rule', 'problems'], Array.from(byRule.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }), 'data compact'));
  var limit = 500;
  function render() {
    var sev = select.value;
    var shown = DATA.problems.filter(function (p) { return !sev || p.severity === sev; });
    clear(host);
    host.dataset.count = String(shown.length);
    host.appendChild(table(['path', 'place', 'severity', 'rule', 'message', 'what to do'], shown.slice(0, limit).map(function (p) {
      return [p.path || '(corpus)', p.place, p.severity, p.stage + ':' + p.rule, p.message, p.note];
    })));
    if (shown.length > limit) {
      var more = el('button', { type: 'button', text: 'Show all ' + fmt(shown.length) });
      more.addEventListener('click', function () { limit = Infinity; render(); });
      host.appendChild(more);
    }
  }
  select.addEventListener('change', render);
  render();
}
`;
