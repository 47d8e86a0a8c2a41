/** Browser code of the report page, part 4: themes (top terms and phrases, keyness, trends by year, bursts). */
export const PAGE_THEMES = String.raw`
function initThemes() {
  var th = DATA.themes;
  var section = byId('themes-body');
  if (!th) { section.hidden = true; return; }
  barChart(byId('terms-chart'), th.terms.map(function (t) {
    return { label: t.term, value: t.frequency, title: t.term + ': ' + fmt(t.frequency) + ' times in ' + fmt(t.documents) + ' documents, ' + fmt(t.score) + ' per 10,000 tokens' };
  }), { colour: '#2563eb', axis: 'occurrences', empty: 'themes/terms.csv is absent or empty.' });
  barChart(byId('phrases-chart'), th.phrases.map(function (t) {
    return { label: t.term, value: t.frequency, title: t.term + ': ' + fmt(t.frequency) + ' times in ' + fmt(t.documents) + ' documents, G² ' + fmt(t.score) };
  }), { colour: '#0d9488', axis: 'occurrences', empty: 'themes/phrases.csv is absent or empty.' });
  initKeyness(th.keyness);
  initTrends(th.trends);
  var bursts = byId('bursts');
  if (th.bursts.length) {
    bursts.appendChild(el('h4', { text: 'Bursts (terms whose use surged, Kleinberg)' }));
    bursts.appendChild(table(['term', 'from', 'to', 'strength'], th.bursts.map(function (b) { return [b.term, b.begin === null ? '' : String(b.begin), b.end === null ? '' : String(b.end), b.strength]; }), 'data compact'));
  }
}

/** Horizontal bars: items {label, value, title}. */
function barChart(host, items, o) {
  clear(host);
  if (!items.length) { note(host, o.empty || 'Nothing to show.'); return; }
  var W = widthOf(host, 300, 520), rowH = 19, left = 150, m = { top: 26, right: 48, bottom: 8, left: left };
  var H = m.top + m.bottom + items.length * rowH;
  var x = d3.scaleLinear().domain([0, d3.max(items, function (d) { return d.value; }) || 1]).nice().range([m.left, W - m.right]);
  var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart').attr('role', 'img').attr('aria-label', o.axis);
  svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,' + (m.top - 4) + ')').call(d3.axisTop(x).ticks(4).tickSizeOuter(0));
  var g = svg.append('g').selectAll('g').data(items).join('g').attr('class', 'bar').attr('transform', function (d, i) { return 'translate(0,' + (m.top + i * rowH) + ')'; });
  g.append('rect').attr('x', x(0)).attr('y', 2).attr('height', rowH - 4).attr('width', function (d) { return Math.max(0, x(d.value) - x(0)); }).attr('fill', o.colour);
  g.append('text').attr('x', m.left - 6).attr('y', rowH / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text(function (d) { return trunc(d.label, 22); });
  g.append('text').attr('class', 'value').attr('x', function (d) { return x(d.value) + 4; }).attr('y', rowH / 2).attr('dy', '0.35em').text(function (d) { return fmt(d.value); });
  g.append('title').text(function (d) { return d.title; });
}

function initKeyness(list) {
  var host = byId('keyness-chart');
  var select = byId('keyness-select');
  if (!list.length) { select.hidden = true; note(host, 'themes/keyness.csv is absent or empty.'); return; }
  list.forEach(function (k, i) { select.appendChild(el('option', { value: String(i), text: k.groupBy + ': ' + k.a + ' against ' + k.b })); });
  function render() { keynessChart(host, list[Number(select.value)]); }
  select.addEventListener('change', render);
  render();
}

/** Diverging bars of signed G²: terms more frequent in group A to the right, in group B to the left. */
function keynessChart(host, k) {
  clear(host);
  var rows = k.rows.map(function (r) { return { r: r, v: r.moreIn === k.a ? r.g2 : -r.g2 }; });
  var a = rows.filter(function (d) { return d.v >= 0; }).sort(function (p, q) { return q.v - p.v; });
  var b = rows.filter(function (d) { return d.v < 0; }).sort(function (p, q) { return p.v - q.v; });
  var n = Math.max(a.length, b.length);
  if (!n) { note(host, 'No key term in this comparison.'); return; }
  var W = widthOf(host, 420, 820), rowH = 19, m = { top: 40, right: 16, bottom: 8, left: 16 };
  var H = m.top + m.bottom + n * rowH;
  var max = d3.max(rows, function (d) { return Math.abs(d.v); }) || 1;
  var x = d3.scaleLinear().domain([-max, max]).range([m.left, W - m.right]);
  var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart').attr('role', 'img').attr('aria-label', 'keyness');
  svg.append('text').attr('x', x(0) + 6).attr('y', 14).attr('class', 'heading').text('more in ' + k.a + ' →');
  svg.append('text').attr('x', x(0) - 6).attr('y', 14).attr('text-anchor', 'end').attr('class', 'heading').text('← more in ' + k.b);
  svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,' + (m.top - 4) + ')').call(d3.axisTop(x).ticks(6).tickFormat(function (v) { return fmt(Math.abs(v)); }));
  function side(list, colour) {
    var g = svg.append('g').selectAll('g').data(list).join('g').attr('transform', function (d, i) { return 'translate(0,' + (m.top + i * rowH) + ')'; });
    g.append('rect').attr('y', 2).attr('height', rowH - 4).attr('x', function (d) { return Math.min(x(0), x(d.v)); }).attr('width', function (d) { return Math.abs(x(d.v) - x(0)); }).attr('fill', colour);
    g.append('text').attr('y', rowH / 2).attr('dy', '0.35em')
      .attr('x', function (d) { return d.v >= 0 ? x(d.v) + 4 : x(d.v) - 4; })
      .attr('text-anchor', function (d) { return d.v >= 0 ? 'start' : 'end'; })
      .text(function (d) { return trunc(d.r.term, 24); });
    g.append('title').text(function (d) {
      return d.r.term + ': ' + fmt(d.r.freqA) + ' in ' + k.a + ' (' + fmt(d.r.rateA) + ' per 10k), ' + fmt(d.r.freqB) + ' in ' + k.b + ' (' + fmt(d.r.rateB) + ' per 10k); G² ' + fmt(d.r.g2) + ' ' + d.r.significance + ', log ratio ' + fmt(d.r.logRatio);
    });
  }
  side(a, '#c2410c');
  side(b, '#1d4ed8');
  svg.append('line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', m.top - 4).attr('y2', H - m.bottom).attr('stroke', '#475569');
}

function initTrends(tr) {
  var host = byId('trends-chart');
  var controls = byId('trends-controls');
  if (!tr || !tr.series.length) { note(host, 'themes/trends.csv is absent or empty.'); return; }
  var on = new Set(tr.series.slice(0, 5).map(function (s, i) { return i; }));
  tr.series.forEach(function (s, i) {
    var b = el('button', { type: 'button', class: 'chip toggle', text: s.term, 'aria-pressed': String(on.has(i)), style: 'border-color:' + PALETTE[i % PALETTE.length] });
    b.addEventListener('click', function () {
      if (on.has(i)) on.delete(i); else on.add(i);
      b.setAttribute('aria-pressed', String(on.has(i)));
      render();
    });
    controls.appendChild(b);
  });
  function render() {
    clear(host);
    var W = widthOf(host, 360, 820), H = 280, m = { top: 16, right: 20, bottom: 28, left: 48 };
    var series = tr.series.map(function (s, i) { return { s: s, i: i }; }).filter(function (d) { return on.has(d.i); });
    var x = d3.scalePoint().domain(tr.years).range([m.left, W - m.right]).padding(0.3);
    var y = d3.scaleLinear().domain([0, d3.max(series, function (d) { return d3.max(d.s.rate); }) || 1]).nice().range([H - m.bottom, m.top]);
    var svg = d3.select(host).append('svg').attr('width', W).attr('height', H).attr('class', 'chart').attr('role', 'img').attr('aria-label', 'trends');
    svg.append('g').attr('class', 'axis').attr('transform', 'translate(0,' + (H - m.bottom) + ')').call(d3.axisBottom(x).tickFormat(d3.format('d')));
    svg.append('g').attr('class', 'axis').attr('transform', 'translate(' + m.left + ',0)').call(d3.axisLeft(y).ticks(5));
    svg.append('text').attr('x', 4).attr('y', 10).attr('class', 'small').text('per 10,000 tokens');
    var line = d3.line().x(function (d) { return x(d[0]); }).y(function (d) { return y(d[1]); });
    series.forEach(function (d) {
      var colour = PALETTE[d.i % PALETTE.length];
      var pts = tr.years.map(function (yr, j) { return [yr, d.s.rate[j], d.s.frequency[j]]; });
      svg.append('path').attr('d', line(pts)).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 2);
      svg.append('g').selectAll('circle').data(pts).join('circle').attr('cx', function (p) { return x(p[0]); }).attr('cy', function (p) { return y(p[1]); }).attr('r', 3).attr('fill', colour)
        .append('title').text(function (p) { return d.s.term + ', ' + p[0] + ': ' + fmt(p[1]) + ' per 10k (' + fmt(p[2]) + ' times)'; });
    });
  }
  render();
}
`;
