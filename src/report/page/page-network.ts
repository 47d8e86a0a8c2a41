/**
 * Browser code of the report page, part 3: the networks, drawn on a canvas (thousands of nodes stay
 * smooth), with d3-zoom for zoom and pan and a d3 quadtree to find the node under the pointer.
 */
export const PAGE_NETWORK = String.raw`
var KIND_LABEL = { coupling: 'Bibliographic coupling', cocitation: 'Co-citation', citation: 'Direct citation', text: 'Text similarity' };

function initNetworks() {
  var nets = DATA.networks;
  var panel = byId('net-panel');
  if (!nets.length) {
    panel.hidden = true;
    note(byId('net-tabs'), 'No network to show: the output folder has no graphs/ tables.');
    return;
  }
  var view = networkView();
  var tabs = byId('net-tabs');
  nets.forEach(function (net, i) {
    var b = el('button', { type: 'button', class: 'tab', role: 'tab', 'data-kind': net.kind, text: KIND_LABEL[net.kind] || net.kind });
    b.addEventListener('click', function () {
      Array.from(tabs.children).forEach(function (t) { t.setAttribute('aria-selected', String(t === b)); });
      view.show(net);
    });
    tabs.appendChild(b);
  });
  tabs.firstChild.setAttribute('aria-selected', 'true');
  view.show(nets[0]);
}

function networkView() {
  var canvas = byId('net-canvas');
  var wrap = byId('net-canvas-wrap');
  var tip = byId('net-tip');
  var ctx = canvas.getContext('2d');
  var search = byId('net-search');
  var results = byId('net-search-results');
  var sizeSelect = byId('net-size');
  var labelsBox = byId('net-labels');
  var card = byId('net-card');
  var legend = byId('net-legend');
  var S = null; // state of the network shown
  var transform = d3.zoomIdentity;
  var pending = false;
  var width = 0, height = 0, dpr = 1;
  var zoom = d3.zoom().on('zoom', function (e) { transform = e.transform; schedule(); });
  d3.select(canvas).call(zoom).on('dblclick.zoom', null);

  function resize() {
    dpr = window.devicePixelRatio || 1;
    width = Math.max(300, wrap.clientWidth);
    height = Math.max(360, Math.min(720, Math.round(window.innerHeight * 0.7)));
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = width + 'px';
    canvas.style.height = height + 'px';
    zoom.extent([[0, 0], [width, height]]);
    schedule();
  }
  window.addEventListener('resize', function () { if (S) { resize(); } });

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  }

  function show(net) {
    var nodes = net.nodes.map(function (n, i) {
      return { i: i, id: n.id, x: n.x, y: n.y, label: n.label, cluster: n.cluster, colour: clusterColour(n.cluster), values: n.values, docKind: n.docKind, year: n.year, r: 4, search: (n.label + ' ' + n.id + ' ' + docText(n.id)).toLowerCase() };
    });
    var maxW = -Infinity, minW = Infinity;
    net.edges.forEach(function (e) { if (e[2] > maxW) maxW = e[2]; if (e[2] < minW) minW = e[2]; });
    // Links in four classes of weight (line widths), drawn strongest first.
    var linkClass = new Uint8Array(net.edges.length);
    net.edges.forEach(function (e, k) { linkClass[k] = maxW > minW ? Math.min(3, Math.floor(4 * (e[2] - minW) / (maxW - minW))) : 0; });
    var linkOrder = net.edges.map(function (e, k) { return k; }).sort(function (a, b) { return net.edges[b][2] - net.edges[a][2] || a - b; });
    var neighbours = nodes.map(function () { return []; });
    net.edges.forEach(function (e, k) { neighbours[e[0]].push(k); neighbours[e[1]].push(k); });
    S = { net: net, nodes: nodes, linkClass: linkClass, linkOrder: linkOrder, neighbours: neighbours, selected: -1, selectedEdge: -1, matches: null, focus: 0, tree: d3.quadtree().x(function (d) { return d.x; }).y(function (d) { return d.y; }).addAll(nodes) };
    clear(sizeSelect);
    net.metrics.forEach(function (m) { sizeSelect.appendChild(el('option', { value: m, text: 'size: ' + m.replace(/_/g, ' ') })); });
    sizeSelect.value = net.sizeBy;
    sizeSelect.hidden = net.metrics.length === 0;
    setSizes();
    search.value = '';
    clear(results);
    results.dataset.count = '0';
    clear(card);
    note(card, 'Click a node for its card, or a link for what the two have in common.');
    buildLegend();
    var info = byId('net-info');
    info.textContent = fmt(nodes.length) + ' nodes' + (net.totalNodes > nodes.length ? ' drawn of ' + fmt(net.totalNodes) : '') + ', ' + fmt(net.edges.length) + ' links' +
      (net.clusters !== null ? ', ' + fmt(net.clusters) + ' clusters' : '') + (net.modularity !== null ? ', modularity ' + fmt(net.modularity) : '');
    byId('net-title').textContent = net.title;
    var notes = clear(byId('net-notes'));
    net.notes.forEach(function (t) { note(notes, t); });
    canvas.dataset.kind = net.kind;
    canvas.dataset.nodes = String(nodes.length);
    canvas.dataset.edges = String(net.edges.length);
    resize();
    fit(false);
  }

  function docText(id) {
    var d = DOCS_BY_ID.get(id);
    if (d) return d.title + ' ' + d.authors + ' ' + d.path;
    var w = DATA.works[id];
    return w ? w.citation + ' ' + w.title : '';
  }

  function setSizes() {
    var m = S.net.metrics.indexOf(sizeSelect.value);
    var max = 0;
    S.nodes.forEach(function (n) { var v = m >= 0 ? n.values[m] : null; if (v !== null && v > max) max = v; });
    // Crowded maps get smaller nodes: 14 pixels at most for a few dozen nodes, 5 for thousands.
    var rMax = Math.max(5, Math.min(14, 40 / Math.pow(Math.max(1, S.nodes.length), 0.25)));
    var rMin = Math.min(2.5, rMax / 2);
    S.nodes.forEach(function (n) {
      var v = m >= 0 ? n.values[m] : null;
      n.r = max > 0 && v !== null && v > 0 ? rMin + (rMax - rMin) * Math.sqrt(v / max) : rMin;
    });
    S.byRadius = S.nodes.slice().sort(function (a, b) { return b.r - a.r || a.i - b.i; });
    S.maxR = S.byRadius.length ? S.byRadius[0].r : 4;
  }
  sizeSelect.addEventListener('change', function () { if (S) { setSizes(); schedule(); } });
  labelsBox.addEventListener('change', schedule);

  function fit(animate) {
    var xs = S.nodes.map(function (n) { return n.x; }), ys = S.nodes.map(function (n) { return n.y; });
    var x0 = d3.min(xs), x1 = d3.max(xs), y0 = d3.min(ys), y1 = d3.max(ys);
    if (x0 === undefined) { x0 = x1 = y0 = y1 = 0; }
    // Room for the largest nodes all round and for labels on the right.
    var padL = 30, padR = Math.min(200, width * 0.25), padY = 30;
    var k = Math.min((width - padL - padR) / Math.max(x1 - x0, 1e-9), (height - 2 * padY) / Math.max(y1 - y0, 1e-9));
    if (!Number.isFinite(k) || k <= 0) k = 1;
    if (x1 - x0 < 1e-9 && y1 - y0 < 1e-9) k = 1;
    S.fitK = k;
    zoom.scaleExtent([k / 20, k * 200]);
    var t = d3.zoomIdentity.translate(padL + (width - padL - padR) / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (animate) d3.select(canvas).transition().duration(400).call(zoom.transform, t);
    else d3.select(canvas).call(zoom.transform, t);
  }
  byId('net-reset').addEventListener('click', function () { if (S) fit(true); });

  /** Node radius on screen: grows slowly as one zooms in. */
  function zs() { return Math.max(0.6, Math.min(4, Math.sqrt(transform.k / S.fitK))); }

  function draw() {
    if (!S) return;
    var started = performance.now();
    var t = transform, z = zs();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    var nodes = S.nodes, edges = S.net.edges;
    var sel = S.selected, focus = S.focus;
    var dim = sel >= 0 || focus > 0 || S.matches !== null;
    // Links come from a layer drawn a slice at a time, strongest first (see drawLinks): while one
    // zooms, each frame draws only the strongest slice; at rest the rest follow, frame by frame.
    var done = drawLinks(t, dim);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (sel >= 0) {
      ctx.beginPath();
      S.neighbours[sel].forEach(function (k) { var e = edges[k]; ctx.moveTo(t.applyX(nodes[e[0]].x), t.applyY(nodes[e[0]].y)); ctx.lineTo(t.applyX(nodes[e[1]].x), t.applyY(nodes[e[1]].y)); });
      ctx.strokeStyle = 'rgba(30,41,59,0.75)';
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    if (S.selectedEdge >= 0) {
      var se = edges[S.selectedEdge];
      ctx.beginPath();
      ctx.moveTo(t.applyX(nodes[se[0]].x), t.applyY(nodes[se[0]].y));
      ctx.lineTo(t.applyX(nodes[se[1]].x), t.applyY(nodes[se[1]].y));
      ctx.strokeStyle = '#dc2626';
      ctx.lineWidth = 3;
      ctx.stroke();
    }
    // Nodes, batched by colour.
    var near = sel >= 0 ? new Set(S.neighbours[sel].map(function (k) { var e = edges[k]; return e[0] === sel ? e[1] : e[0]; })) : null;
    function lit(n) {
      if (sel >= 0) return n.i === sel || near.has(n.i);
      if (S.matches !== null) return S.matches.has(n.i);
      if (focus > 0) return n.cluster === focus;
      return true;
    }
    var groups = new Map();
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      var sx = t.applyX(n.x), sy = t.applyY(n.y), r = n.r * z;
      if (sx < -r || sy < -r || sx > width + r || sy > height + r) continue;
      var key = lit(n) ? n.colour : (dim ? '#d8dce0' : n.colour);
      var list = groups.get(key);
      if (!list) { list = []; groups.set(key, list); }
      list.push(n);
    }
    groups.forEach(function (list, colour) {
      ctx.beginPath();
      list.forEach(function (n) { var sx = t.applyX(n.x), sy = t.applyY(n.y), r = n.r * z; ctx.moveTo(sx + r, sy); ctx.arc(sx, sy, r, 0, 2 * Math.PI); });
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = 'rgba(255,255,255,0.75)';
      ctx.lineWidth = 0.6;
      ctx.stroke();
    });
    if (S.matches !== null) ring(Array.from(S.matches), '#f59e0b', 2.5);
    if (sel >= 0) ring([sel], '#111827', 2.5);
    if (labelsBox.checked) drawLabels(lit);
    // For tests and the curious: frames drawn, the last one's time and the view.
    canvas.dataset.drawn = String((Number(canvas.dataset.drawn) || 0) + 1);
    canvas.dataset.drawMs = String(Math.round(performance.now() - started));
    canvas.dataset.linksDrawn = String(layerState.next);
    canvas.dataset.transform = [t.k, t.x, t.y].join(' ');
    // The time until the next frame includes the browser's painting of this one.
    var frame = canvas.dataset.drawn;
    requestAnimationFrame(function () { if (canvas.dataset.drawn === frame) canvas.dataset.frameMs = String(Math.round(performance.now() - started)); });
    if (!done) schedule();
  }

  // The link layer: an offscreen canvas holding the links drawn so far for the current view.
  var layer = document.createElement('canvas');
  var lctx = layer.getContext('2d');
  var layerState = { key: '', next: 0 };
  var LINK_SLICE = 5000;

  /** Draws the next slice of links into the layer; returns true when every link is drawn. */
  function drawLinks(t, dim) {
    var key = [t.k, t.x, t.y, dim, width, height, dpr, S.net.kind].join(' ');
    if (layer.width !== canvas.width || layer.height !== canvas.height) { layer.width = canvas.width; layer.height = canvas.height; layerState.key = ''; }
    if (key !== layerState.key) {
      layerState.key = key;
      layerState.next = 0;
      lctx.setTransform(1, 0, 0, 1, 0, 0);
      lctx.clearRect(0, 0, layer.width, layer.height);
    }
    var order = S.linkOrder, edges = S.net.edges, nodes = S.nodes;
    if (layerState.next >= order.length) return true;
    var end = Math.min(order.length, layerState.next + LINK_SLICE);
    lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // One-pixel lines (a rasteriser's fast path, several times quicker than wider strokes); stronger
    // links are darker rather than wider.
    lctx.lineCap = 'butt';
    lctx.lineWidth = 1;
    for (var b = 0; b < 4; b++) {
      lctx.strokeStyle = dim ? 'rgba(150,160,170,' + (0.07 + 0.04 * b) + ')' : 'rgba(110,120,135,' + (0.22 + 0.15 * b) + ')';
      lctx.beginPath();
      var n = 0;
      for (var q = layerState.next; q < end; q++) {
        var k = order[q];
        if (S.linkClass[k] !== b) continue;
        var e = edges[k], a = nodes[e[0]], c = nodes[e[1]];
        var ax = t.applyX(a.x), ay = t.applyY(a.y), cx = t.applyX(c.x), cy = t.applyY(c.y);
        // Both ends beyond the same edge of the view: the link cannot show.
        if ((ax < 0 && cx < 0) || (ay < 0 && cy < 0) || (ax > width && cx > width) || (ay > height && cy > height)) continue;
        lctx.moveTo(ax, ay);
        lctx.lineTo(cx, cy);
        // Short paths: a software rasteriser slows down badly on one path of thousands of lines.
        if (++n % 500 === 0) { lctx.stroke(); lctx.beginPath(); }
      }
      lctx.stroke();
    }
    layerState.next = end;
    return end >= order.length;
  }

  function ring(list, colour, w) {
    var t = transform, z = zs();
    ctx.beginPath();
    list.forEach(function (i) { var n = S.nodes[i]; var sx = t.applyX(n.x), sy = t.applyY(n.y), r = n.r * z + 2.5; ctx.moveTo(sx + r, sy); ctx.arc(sx, sy, r, 0, 2 * Math.PI); });
    ctx.strokeStyle = colour;
    ctx.lineWidth = w;
    ctx.stroke();
  }

  function drawLabels(lit) {
    var t = transform, z = zs();
    var budget = Math.min(300, Math.round(15 * transform.k / S.fitK + 10));
    var placed = [];
    ctx.font = '12px ' + FONT_STACK;
    ctx.textBaseline = 'middle';
    var first = [];
    if (S.selected >= 0) first.push(S.nodes[S.selected]);
    if (S.matches !== null) S.matches.forEach(function (i) { first.push(S.nodes[i]); });
    var order = first.concat(S.byRadius);
    var shown = 0;
    for (var j = 0; j < order.length && shown < budget; j++) {
      var n = order[j];
      if (!lit(n) && j >= first.length) continue;
      var sx = t.applyX(n.x), sy = t.applyY(n.y);
      if (sx < 0 || sy < 0 || sx > width || sy > height) continue;
      var text = trunc(n.label, 36);
      var w = ctx.measureText(text).width;
      var x = sx + n.r * z + 3, box = [x - 1, sy - 8, x + w + 1, sy + 8];
      var clash = placed.some(function (p) { return box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1]; });
      if (clash && j >= first.length) continue;
      placed.push(box);
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.85)';
      ctx.strokeText(text, x, sy);
      ctx.fillStyle = '#1f2937';
      ctx.fillText(text, x, sy);
      shown++;
    }
  }

  /** The node under a point of the canvas, or -1. */
  function nodeAt(px, py) {
    var t = transform, z = zs();
    var x = t.invertX(px), y = t.invertY(py);
    var found = S.tree.find(x, y, (S.maxR * z + 4) / t.k);
    if (!found) return -1;
    var d = Math.hypot(t.applyX(found.x) - px, t.applyY(found.y) - py);
    return d <= found.r * z + 4 ? found.i : -1;
  }

  /** The link nearest to a point of the canvas within 5 pixels, or -1. */
  function edgeAt(px, py) {
    var t = transform, best = -1, bestD = 5;
    var edges = S.net.edges, nodes = S.nodes;
    for (var k = 0; k < edges.length; k++) {
      var a = nodes[edges[k][0]], b = nodes[edges[k][1]];
      var ax = t.applyX(a.x), ay = t.applyY(a.y), bx = t.applyX(b.x), by = t.applyY(b.y);
      var dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
      var u = len > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
      var d = Math.hypot(ax + u * dx - px, ay + u * dy - py);
      if (d < bestD) { bestD = d; best = k; }
    }
    return best;
  }

  function pointer(ev) {
    var r = canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  }

  canvas.addEventListener('click', function (ev) {
    if (!S) return;
    var p = pointer(ev);
    var i = nodeAt(p[0], p[1]);
    if (i >= 0) { selectNode(i, false); return; }
    var k = edgeAt(p[0], p[1]);
    if (k >= 0) { selectEdge(k); return; }
    S.selected = -1;
    S.selectedEdge = -1;
    clear(card);
    note(card, 'Click a node for its card, or a link for what the two have in common.');
    schedule();
  });

  var hoverPending = false, lastMove = null;
  canvas.addEventListener('mousemove', function (ev) {
    lastMove = ev;
    if (hoverPending || !S) return;
    hoverPending = true;
    requestAnimationFrame(function () {
      hoverPending = false;
      var p = pointer(lastMove);
      var i = nodeAt(p[0], p[1]);
      if (i < 0) { tip.hidden = true; canvas.style.cursor = 'grab'; return; }
      canvas.style.cursor = 'pointer';
      tip.hidden = false;
      tip.textContent = S.nodes[i].label;
      tip.style.left = (p[0] + 14) + 'px';
      tip.style.top = (p[1] + 10) + 'px';
    });
  });
  canvas.addEventListener('mouseleave', function () { tip.hidden = true; });

  function selectNode(i, centre) {
    S.selected = i;
    S.selectedEdge = -1;
    var n = S.nodes[i];
    clear(card);
    var metrics = S.net.metrics.map(function (m, k) { return [m.replace(/_/g, ' '), n.values[k]]; });
    metrics.unshift(['Cluster', n.cluster || '']);
    metrics.push(['Links', S.neighbours[i].length]);
    var doc = DOCS_BY_ID.get(n.id);
    var work = DATA.works[n.id];
    if (doc) card.appendChild(documentCard(doc, metrics));
    else if (work) card.appendChild(workCard(work, metrics));
    else {
      var c = el('div', { class: 'card' }, [el('h3', { text: n.label }), facts([['Id', n.id], ['Year', plain(n.year)], ['Kind', n.docKind]].concat(metrics))]);
      card.appendChild(c);
    }
    card.dataset.node = n.id;
    if (centre) d3.select(canvas).transition().duration(500).call(zoom.translateTo, n.x, n.y);
    schedule();
  }

  function workCard(w, extra) {
    var c = el('div', { class: 'card work-card', 'data-work': w.id });
    c.appendChild(el('h3', { text: w.title || w.citation || w.id }));
    var corpus = null;
    if (w.corpusDocument && DOCS_BY_ID.get(w.corpusDocument)) {
      corpus = el('button', { type: 'button', class: 'link', text: docLabel(w.corpusDocument) });
      corpus.addEventListener('click', function () { clear(card).appendChild(documentCard(DOCS_BY_ID.get(w.corpusDocument))); });
    }
    c.appendChild(facts([['Reference', w.citation], ['First author', w.firstAuthor], ['Year', plain(w.year)], ['In', w.container], ['DOI', w.doi], ['Cited by', w.timesCited], ['In the corpus', corpus], ['Id', w.id]].concat(extra)));
    return c;
  }

  function selectEdge(k) {
    S.selected = -1;
    S.selectedEdge = k;
    var e = S.net.edges[k];
    var a = S.nodes[e[0]], b = S.nodes[e[1]];
    clear(card);
    var c = el('div', { class: 'card edge-card', 'data-edge': String(k) });
    c.appendChild(el('h3', { text: 'Link' }));
    c.appendChild(facts([['Between', a.label], ['and', b.label], ['Weight', e[2]]]));
    var rows = S.net.evidence[k] || [];
    if (rows.length) {
      c.appendChild(el('p', { class: 'label', text: evidenceTitle(S.net.kind) + ' (' + fmt(S.net.evidenceTotal[k] || rows.length) + ')' }));
      c.appendChild(table(S.net.evidenceColumns.map(function (h) { return h.replace(/_/g, ' '); }), rows.map(function (r) {
        return r.map(function (v) { return DOCS_BY_ID.has(v) ? docLabel(v) : v; });
      }), 'data compact evidence'));
      if (S.net.evidenceTotal[k]) note(c, 'Showing ' + fmt(rows.length) + ' of ' + fmt(S.net.evidenceTotal[k]) + '; graphs/' + S.net.kind + '-evidence.csv lists all.');
    } else {
      note(c, 'No evidence rows for this link.');
    }
    card.appendChild(c);
    schedule();
  }

  function evidenceTitle(kind) {
    return kind === 'coupling' ? 'Works both cite' : kind === 'cocitation' ? 'Documents citing both' : kind === 'text' ? 'Shared terms' : kind === 'citation' ? 'Citations' : 'Evidence';
  }

  function buildLegend() {
    clear(legend);
    var counts = new Map();
    S.nodes.forEach(function (n) { counts.set(n.cluster, (counts.get(n.cluster) || 0) + 1); });
    var clusters = Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || a - b; });
    legend.appendChild(el('p', { class: 'label', text: 'Clusters (click to highlight)' }));
    var list = el('ul', { class: 'legend' });
    clusters.slice(0, 24).forEach(function (c) {
      var top = S.byRadius.filter(function (n) { return n.cluster === c; }).slice(0, 2).map(function (n) { return trunc(n.label, 24); }).join('; ');
      var b = el('button', { type: 'button', class: 'legend-item', 'data-cluster': String(c) }, [
        el('span', { class: 'swatch', style: 'background:' + clusterColour(c) }),
        el('span', { text: (c ? 'Cluster ' + c : 'No cluster') + ' (' + counts.get(c) + ')' }),
        el('span', { class: 'legend-top', text: top })
      ]);
      b.addEventListener('click', function () {
        S.focus = S.focus === c ? 0 : c;
        Array.from(list.querySelectorAll('.legend-item')).forEach(function (x) { x.classList.toggle('active', Number(x.dataset.cluster) === S.focus); });
        schedule();
      });
      list.appendChild(el('li', null, [b]));
    });
    legend.appendChild(list);
    if (clusters.length > 24) note(legend, (clusters.length - 24) + ' smaller clusters are drawn in grey shades.');
  }

  search.addEventListener('input', function () {
    if (!S) return;
    var q = search.value.trim().toLowerCase();
    clear(results);
    if (!q) { S.matches = null; results.dataset.count = '0'; schedule(); return; }
    var found = S.nodes.filter(function (n) { return n.search.indexOf(q) >= 0; });
    S.matches = new Set(found.map(function (n) { return n.i; }));
    results.dataset.count = String(found.length);
    results.appendChild(el('p', { class: 'label', text: found.length ? fmt(found.length) + ' found' : 'Nothing found' }));
    var list = el('ul', { class: 'results' });
    found.slice(0, 20).forEach(function (n) {
      var b = el('button', { type: 'button', class: 'link', text: trunc(n.label, 60), 'data-node': n.id });
      b.addEventListener('click', function () { selectNode(n.i, true); });
      list.appendChild(el('li', null, [b]));
    });
    results.appendChild(list);
    schedule();
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && S && S.matches && S.matches.size) selectNode(S.matches.values().next().value, true);
  });

  return { show: show };
}
`;
