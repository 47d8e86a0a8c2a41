/**
 * Browser code of the report page, part 5: the taxonomy heatmap (documents x categories), the
 * roll-up by dimension and facet, policy documents against papers, and the sentences behind a cell.
 */
export const PAGE_TAXONOMY = String.raw`
function initTaxonomy() {
  var tax = DATA.taxonomy;
  if (!tax) { byId('taxonomy-body').hidden = true; return; }
  var measure = byId('tax-measure');
  var kindSel = byId('tax-kind');
  var kinds = Array.from(new Set(tax.docs.map(function (id) { var d = DOCS_BY_ID.get(id); return d ? d.kind : ''; }))).filter(Boolean);
  kinds.forEach(function (k) { kindSel.appendChild(el('option', { value: k, text: k })); });
  var cats = tax.categories;
  var dims = [];
  cats.forEach(function (c) {
    var key = c.dimension + ' ' + c.facet;
    if (!dims.some(function (d) { return d.key === key; })) dims.push({ key: key, dimension: c.dimension, facet: c.facet });
  });
  function rowsShown() {
    var k = kindSel.value;
    return tax.docs.map(function (id, i) { return i; }).filter(function (i) { var d = DOCS_BY_ID.get(tax.docs[i]); return !k || (d && d.kind === k); });
  }
  function value(count, r) {
    if (measure.value === 'count') return count;
    var s = tax.sentences[r];
    return s ? 100 * count / s : null;
  }
  function rowSpec(rows) {
    return rows.map(function (r) {
      var d = DOCS_BY_ID.get(tax.docs[r]);
      var label = d ? (d.title || d.id) : tax.docs[r];
      return { label: label, title: label + (d ? ' (' + d.kind + (d.year ? ', ' + d.year : '') + ')' : '') + ', ' + fmt(tax.sentences[r]) + ' sentences', group: d ? d.kind : '' };
    });
  }
  function render() {
    var rows = rowsShown();
    var isRate = measure.value !== 'count';
    heatmap(byId('heatmap'), {
      rows: rowSpec(rows),
      cols: cats.map(function (c) { return { label: shortCategory(c.id), title: c.id + ' (' + c.facet + ', ' + c.dimension + ')', group: c.facet, band: c.dimension }; }),
      value: function (i, j) { return value(tax.counts[rows[i]][j], rows[i]); },
      count: function (i, j) { return tax.counts[rows[i]][j]; },
      rate: isRate,
      onClick: function (i, j) {
        var r = rows[i], c = j;
        showFindings(docLabel(tax.docs[r]) + ' · ' + cats[c].id, function (f) { return f.d === r && f.c === c; }, tax.counts[r][c]);
      },
      onRow: function (i) { var r = rows[i]; showFindings(docLabel(tax.docs[r]) + ' · all categories', function (f) { return f.d === r; }, null); },
      onCol: function (j) { showFindings(cats[j].id + ' · all documents shown', function (f) { return f.c === j && rows.indexOf(f.d) >= 0; }, null); }
    });
    heatmap(byId('tax-dimensions'), {
      rows: rowSpec(rows),
      cols: dims.map(function (d) { return { label: d.dimension, title: d.dimension + ', ' + d.facet, group: d.facet }; }),
      value: function (i, j) { return value(dimCount(rows[i], dims[j]), rows[i]); },
      count: function (i, j) { return dimCount(rows[i], dims[j]); },
      rate: isRate,
      onClick: function (i, j) {
        var r = rows[i], dm = dims[j];
        showFindings(docLabel(tax.docs[r]) + ' · ' + dm.dimension + ', ' + dm.facet, function (f) { return f.d === r && cats[f.c].dimension === dm.dimension && cats[f.c].facet === dm.facet; }, dimCount(r, dm));
      }
    });
  }
  // Roll-up: sentences naming at least one category of the dimension and facet (a sentence coded in
  // two of its categories counts once); without the sentences, the sum of the categories' counts.
  var dimOf = cats.map(function (c) { return dims.findIndex(function (d) { return d.dimension === c.dimension && d.facet === c.facet; }); });
  var dimCounts = tax.docs.map(function (id, r) {
    return dims.map(function (dm, k) { var s = 0; cats.forEach(function (c, j) { if (dimOf[j] === k) s += tax.counts[r][j]; }); return s; });
  });
  if (tax.findings.length) {
    dimCounts = tax.docs.map(function () { return dims.map(function () { return 0; }); });
    var seen = new Set();
    tax.findings.forEach(function (f) {
      var key = f.d + ' ' + dimOf[f.c] + ' ' + (f.offset === null ? f.page + ' ' + f.sentence : f.offset);
      if (seen.has(key)) return;
      seen.add(key);
      dimCounts[f.d][dimOf[f.c]]++;
    });
  }
  function dimCount(r, dm) { return dimCounts[r][dims.indexOf(dm)]; }
  measure.addEventListener('change', render);
  kindSel.addEventListener('change', render);
  render();
  kindComparison(dims, dimCount);
  if (tax.hiddenDocs) note(byId('tax-notes'), fmt(tax.hiddenDocs) + ' documents with findings are not in the heatmap; ' + tax.source + ' lists them.');
  if (!tax.findings.length && tax.total) note(byId('tax-notes'), 'The counts come from ' + tax.source + '; the sentences behind them are not in this output folder.');
}

/** Pale fills telling the dimensions apart in the band above the columns. */
var BAND_COLOURS = ['#dbeafe', '#fef3c7', '#ede9fe', '#cffafe', '#fce7f3', '#e2e8f0'];

function shortCategory(id) {
  var dot = id.indexOf('.');
  return dot > 0 && dot < id.length - 1 ? id.slice(dot + 1) : id;
}

/**
 * A heatmap in SVG: rows and columns with labels (click a label for all its sentences), cells coloured
 * by value, a count in each cell, click a cell for the sentences behind it.
 */
function heatmap(host, spec) {
  clear(host);
  var nr = spec.rows.length, nc = spec.cols.length;
  if (!nr || !nc) { note(host, 'Nothing to show for this selection.'); return; }
  var cell = nc > 40 ? 14 : 22, rowLabel = 250, bandH = 14;
  MEASURE.font = '11px ' + FONT_STACK;
  var widest = d3.max(spec.cols, function (c) { return MEASURE.measureText(c.label).width; }) || 0;
  var colLabel = Math.min(140, Math.ceil(widest * 0.82) + 12);
  var hasBand = spec.cols.some(function (c) { return c.band; });
  var bandsH = bandH * (hasBand ? 2 : 1) + 4;
  var m = { top: colLabel + bandsH + 8, left: rowLabel + 12, right: 20, bottom: hasBand ? 64 : 44 };
  var W = m.left + nc * cell + m.right, H = m.top + nr * cell + m.bottom;
  var max = 0;
  for (var i = 0; i < nr; i++) for (var j = 0; j < nc; j++) { var v = spec.value(i, j); if (v !== null && v > max) max = v; }
  var colour = function (v) { return v === null ? '#ffffff' : v <= 0 ? '#f1f3f5' : d3.interpolateYlOrRd(0.12 + 0.88 * v / (max || 1)); };
  var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart heatmap').attr('role', 'img').attr('aria-label', 'heatmap');
  // Facet and dimension bands above the columns.
  var bands = [];
  spec.cols.forEach(function (c, j) {
    var last = bands[bands.length - 1];
    if (last && last.group === c.group && last.band === c.band) last.n++; else bands.push({ group: c.group, band: c.band, start: j, n: 1 });
  });
  var bandTop = m.top - bandsH;
  var facets = [];
  bands.forEach(function (b) {
    var last = facets[facets.length - 1];
    if (last && last.group === b.group) last.n += b.n; else facets.push({ group: b.group, start: b.start, n: b.n });
  });
  var bg = svg.append('g');
  facets.forEach(function (f) {
    bg.append('rect').attr('x', m.left + f.start * cell).attr('y', bandTop).attr('width', f.n * cell - 2).attr('height', bandH).attr('fill', f.group === 'problem' ? '#fee2e2' : f.group === 'strategy' ? '#dcfce7' : '#e2e8f0');
    bg.append('text').attr('x', m.left + f.start * cell + 3).attr('y', bandTop + bandH - 3).attr('class', 'small').text(fitWidth(f.group, f.n * cell - 8, '10px ' + FONT_STACK))
      .append('title').text(f.group);
  });
  var bandNames = [];
  bands.forEach(function (b) { if (bandNames.indexOf(b.band) < 0) bandNames.push(b.band); });
  if (hasBand) bands.forEach(function (b) {
    bg.append('rect').attr('x', m.left + b.start * cell).attr('y', bandTop + bandH + 2).attr('width', b.n * cell - 2).attr('height', bandH).attr('fill', BAND_COLOURS[bandNames.indexOf(b.band) % BAND_COLOURS.length])
      .append('title').text(b.band);
    bg.append('text').attr('x', m.left + b.start * cell + 3).attr('y', bandTop + bandH * 2 - 1).attr('class', 'small').text(fitWidth(b.band, b.n * cell - 8, '10px ' + FONT_STACK))
      .append('title').text(b.band);
  });
  var cols = svg.append('g').selectAll('text').data(spec.cols).join('text')
    .attr('class', 'col-label' + (spec.onCol ? ' clickable' : ''))
    .attr('transform', function (c, j) { return 'translate(' + (m.left + j * cell + cell / 2 + 3) + ',' + (bandTop - 5) + ') rotate(-55)'; })
    .text(function (c) { return fitWidth(c.label, 165); });
  cols.append('title').text(function (c) { return c.title; });
  if (spec.onCol) cols.on('click', function (ev, c) { spec.onCol(spec.cols.indexOf(c)); });
  var rowsG = svg.append('g').selectAll('text').data(spec.rows).join('text')
    .attr('class', 'row-label' + (spec.onRow ? ' clickable' : ''))
    .attr('x', m.left - 8).attr('y', function (r, i) { return m.top + i * cell + cell / 2; }).attr('dy', '0.35em').attr('text-anchor', 'end')
    .text(function (r) { return fitWidth(r.label, rowLabel - 4); });
  rowsG.append('title').text(function (r) { return r.title; });
  if (spec.onRow) rowsG.on('click', function (ev, r) { spec.onRow(spec.rows.indexOf(r)); });
  // Kind markers and a line between groups of rows.
  spec.rows.forEach(function (r, i) {
    svg.append('rect').attr('x', m.left - 6).attr('y', m.top + i * cell + 3).attr('width', 3).attr('height', cell - 6).attr('fill', r.group === 'policy' ? '#c2410c' : r.group === 'paper' ? '#1d4ed8' : '#94a3b8');
    if (i > 0 && spec.rows[i - 1].group !== r.group) svg.append('line').attr('x1', 4).attr('x2', m.left + nc * cell).attr('y1', m.top + i * cell - 1).attr('y2', m.top + i * cell - 1).attr('stroke', '#334155');
  });
  var cells = [];
  for (var r = 0; r < nr; r++) for (var c = 0; c < nc; c++) cells.push({ r: r, c: c, v: spec.value(r, c), n: spec.count(r, c) });
  var g = svg.append('g').selectAll('g').data(cells).join('g').attr('class', 'cell-g');
  g.append('rect').attr('class', 'cell').attr('data-row', function (d) { return d.r; }).attr('data-col', function (d) { return d.c; }).attr('data-count', function (d) { return d.n; })
    .attr('x', function (d) { return m.left + d.c * cell; }).attr('y', function (d) { return m.top + d.r * cell; })
    .attr('width', cell - 2).attr('height', cell - 2).attr('rx', 2).attr('fill', function (d) { return colour(d.v); })
    .on('click', function (ev, d) { spec.onClick(d.r, d.c); });
  // Large maps skip the per-cell text and tooltip: thousands of extra SVG elements make scrolling slow.
  var rich = cells.length <= 4000;
  g.filter(function (d) { return rich && d.n > 0 && cell >= 18; }).append('text').attr('class', 'cell-text')
    .attr('x', function (d) { return m.left + d.c * cell + (cell - 2) / 2; }).attr('y', function (d) { return m.top + d.r * cell + (cell - 2) / 2; })
    .attr('dy', '0.35em').attr('text-anchor', 'middle').attr('fill', function (d) { return d.v !== null && d.v > max * 0.6 ? '#ffffff' : '#1f2937'; })
    .text(function (d) { return spec.rate ? (d.v === null ? '' : d.v >= 10 ? Math.round(d.v) : d.v.toFixed(1)) : d.n; });
  if (rich) g.append('title').text(function (d) {
    return spec.rows[d.r].label + ' × ' + spec.cols[d.c].title + ': ' + d.n + (d.n === 1 ? ' sentence' : ' sentences') + (spec.rate && d.v !== null ? ', ' + fmt(d.v) + ' per 100 sentences' : '');
  });
  // Colour scale.
  var lg = svg.append('g').attr('transform', 'translate(' + m.left + ',' + (m.top + nr * cell + 14) + ')');
  for (var s = 0; s < 10; s++) lg.append('rect').attr('x', s * 16).attr('width', 16).attr('height', 10).attr('fill', colour(max * (s + 0.5) / 10));
  lg.append('text').attr('x', 0).attr('y', 24).attr('class', 'small').text('0');
  lg.append('text').attr('x', 160).attr('y', 24).attr('text-anchor', 'end').attr('class', 'small').text(fmt(max));
  lg.append('text').attr('x', 170).attr('y', 9).attr('class', 'small').text(spec.rate ? 'sentences per 100 sentences of the document' : 'sentences coded');
  if (hasBand) {
    var lx = 0;
    bandNames.forEach(function (name, i) {
      lg.append('rect').attr('x', lx).attr('y', 30).attr('width', 10).attr('height', 10).attr('fill', BAND_COLOURS[i % BAND_COLOURS.length]).attr('stroke', '#94a3b8');
      lg.append('text').attr('x', lx + 14).attr('y', 39).attr('class', 'small').text(name);
      MEASURE.font = '10px ' + FONT_STACK;
      lx += 26 + MEASURE.measureText(name).width;
    });
  }
  host.dataset.cells = String(cells.length);
  host.dataset.rows = String(nr);
  host.dataset.cols = String(nc);
}

/** Lists the findings that pass keep under a heading, at most 300. */
function showFindings(title, keep, expected) {
  var tax = DATA.taxonomy;
  var host = clear(byId('tax-evidence'));
  var list = tax.findings.filter(keep);
  host.appendChild(el('h3', { text: title }));
  host.dataset.count = String(list.length);
  if (!list.length) {
    note(host, expected ? 'The counts come from ' + tax.source + '; the sentences behind them are not in this output folder.' : 'No sentence was coded here.');
    host.scrollIntoView({ block: 'nearest' });
    return;
  }
  host.appendChild(el('p', { class: 'label', text: fmt(list.length) + (list.length === 1 ? ' sentence' : ' sentences') + (list.length > 300 ? ', the first 300 shown' : '') }));
  var ol = el('ol', { class: 'findings' });
  list.slice(0, 300).forEach(function (f) {
    var doc = DOCS_BY_ID.get(tax.docs[f.d]);
    var where = [doc ? doc.kind + (doc.year ? ', ' + doc.year : '') : '', f.page !== null ? 'page ' + f.page : '', f.number !== null ? 'sentence ' + f.number : '', f.section ? '§ ' + f.section : ''].filter(Boolean).join(' · ');
    ol.appendChild(el('li', { class: 'finding' }, [
      el('div', { class: 'finding-head' }, [
        el('strong', { text: trunc(doc ? doc.title || doc.id : tax.docs[f.d], 90) }),
        el('span', { class: 'where', text: where }),
        el('span', { class: 'chip', text: tax.categories[f.c].id }),
        f.score !== null ? el('span', { class: 'score', text: 'score ' + fmt(f.score) }) : null
      ]),
      markedSentence(f.sentence, f.cues),
      f.cues ? el('div', { class: 'cues', text: 'cues: ' + f.cues }) : null
    ]));
  });
  host.appendChild(ol);
  host.scrollIntoView({ block: 'nearest' });
}

/** Grouped bars: the rate per 100 sentences of each category (and dimension) in each kind of document. */
function kindComparison(dims, dimCount) {
  var tax = DATA.taxonomy;
  var host = byId('tax-kinds');
  var kinds = ['policy', 'paper'].concat(Array.from(new Set(tax.docs.map(function (id) { var d = DOCS_BY_ID.get(id); return d ? d.kind : ''; }))).filter(function (k) { return k && k !== 'policy' && k !== 'paper'; }).sort());
  var rowsOf = kinds.map(function (k) { return tax.docs.map(function (id, i) { return i; }).filter(function (i) { var d = DOCS_BY_ID.get(tax.docs[i]); return d && d.kind === k; }); });
  kinds = kinds.filter(function (k, i) { return rowsOf[i].length > 0; });
  rowsOf = rowsOf.filter(function (r) { return r.length > 0; });
  if (kinds.length < 1) { note(host, 'The kinds of the documents are unknown.'); return; }
  function rate(rows, count) {
    var n = 0, s = 0;
    rows.forEach(function (r) { n += count(r); s += tax.sentences[r] || 0; });
    return s > 0 ? 100 * n / s : 0;
  }
  var items = tax.categories.map(function (c, j) {
    return { label: shortCategory(c.id), title: c.id, values: rowsOf.map(function (rows) { return rate(rows, function (r) { return tax.counts[r][j]; }); }) };
  });
  var dimItems = dims.map(function (dm) {
    return { label: dm.dimension + ' · ' + dm.facet, title: dm.dimension + ', ' + dm.facet, values: rowsOf.map(function (rows) { return rate(rows, function (r) { return dimCount(r, dm); }); }) };
  });
  var header = el('p', { class: 'label', text: 'Sentences coded per 100 sentences, by kind of document (' + kinds.map(function (k, i) { return k + ': ' + rowsOf[i].length + ' documents'; }).join(', ') + ')' });
  host.appendChild(header);
  var a = el('div', { class: 'chart-box' }), b = el('div', { class: 'chart-box' });
  host.appendChild(el('div', { class: 'two' }, [a, b]));
  groupedBars(a, dimItems, kinds, 'By dimension and facet');
  groupedBars(b, items, kinds, 'By category');
}

function groupedBars(host, items, kinds, title) {
  host.appendChild(el('h4', { text: title }));
  var colours = kinds.map(function (k, i) { return k === 'policy' ? '#c2410c' : k === 'paper' ? '#1d4ed8' : PALETTE[(i + 3) % PALETTE.length]; });
  var band = 8 * kinds.length + 8;
  var W = widthOf(host, 320, 520), m = { top: 30, right: 40, bottom: 8, left: 170 };
  var H = m.top + m.bottom + items.length * band;
  var max = d3.max(items, function (d) { return d3.max(d.values); }) || 1;
  var x = d3.scaleLinear().domain([0, max]).nice().range([m.left, W - m.right]);
  var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart').attr('role', 'img').attr('aria-label', title);
  svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,' + (m.top - 4) + ')').call(d3.axisTop(x).ticks(4));
  var lg = svg.append('g').attr('transform', 'translate(4,10)');
  kinds.forEach(function (k, i) {
    lg.append('rect').attr('x', i * 80).attr('y', -8).attr('width', 10).attr('height', 10).attr('fill', colours[i]);
    lg.append('text').attr('x', i * 80 + 14).attr('y', 1).attr('class', 'small').text(k);
  });
  var g = svg.append('g').selectAll('g').data(items).join('g').attr('transform', function (d, i) { return 'translate(0,' + (m.top + i * band) + ')'; });
  g.append('text').attr('x', m.left - 6).attr('y', band / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('class', 'small').text(function (d) { return trunc(d.label, 30); })
    .append('title').text(function (d) { return d.title; });
  kinds.forEach(function (k, i) {
    g.append('rect').attr('x', x(0)).attr('y', 4 + i * 8).attr('height', 7).attr('width', function (d) { return Math.max(0, x(d.values[i]) - x(0)); }).attr('fill', colours[i])
      .append('title').text(function (d) { return d.title + ', ' + k + ': ' + fmt(d.values[i]) + ' per 100 sentences'; });
  });
}
`;
