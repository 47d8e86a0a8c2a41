/**
 * Browser code of the report page, part 1: helpers every part uses. Plain ES2020 in a string (no
 * backticks, no dollar-brace inside); text from documents only ever goes through textContent or
 * d3's .text(), never through markup.
 */
export const PAGE_UTIL = String.raw`
var DATA = JSON.parse(document.getElementById('report-data').textContent);
var NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
var DOCS_BY_ID = new Map();
DATA.documents.forEach(function (d) { DOCS_BY_ID.set(d.id, d); });

function byId(id) { return document.getElementById(id); }

/** Creates an element; attrs.text sets textContent, attrs.class the class; children are nodes or strings (as text). */
function el(tag, attrs, children) {
  var e = document.createElement(tag);
  if (attrs) {
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null) return;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'class') e.className = v;
      else e.setAttribute(k, String(v));
    });
  }
  (children || []).forEach(function (c) {
    if (c === null || c === undefined) return;
    e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  });
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v !== 0 && Math.abs(v) < 0.1) return String(Number(v.toPrecision(2)));
  return NUMBER_FORMAT.format(v);
}

/** A year (or any code-like number) as written, without a thousands separator. */
function plain(v) { return v === null || v === undefined ? '' : String(v); }

function trunc(s, n) {
  s = String(s || '');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

var MEASURE = document.createElement('canvas').getContext('2d');

/** Cuts a text to at most px pixels wide in the given CSS font, ending it with an ellipsis when cut. */
function fitWidth(text, px, font) {
  text = String(text || '');
  MEASURE.font = font || ('11px ' + FONT_STACK);
  if (MEASURE.measureText(text).width <= px) return text;
  var chars = Array.from(text), lo = 0, hi = chars.length;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (MEASURE.measureText(chars.slice(0, mid).join('') + '…').width <= px) lo = mid; else hi = mid - 1;
  }
  return lo > 0 ? chars.slice(0, lo).join('') + '…' : '';
}

function note(host, text) { host.appendChild(el('p', { class: 'note', text: text })); }

function clusterColour(c) {
  if (!c || c < 1) return '#a0a4a8';
  return c <= PALETTE.length ? PALETTE[c - 1] : '#c3c7cb';
}

/** Width for a chart in this host: its own width, kept within [min, max]. */
function widthOf(host, min, max) {
  var w = host.clientWidth || max;
  return Math.max(min, Math.min(max, w));
}

/** A small table: header names and rows of cells (strings, numbers or nodes). */
function table(header, rows, cls) {
  var t = el('table', { class: cls || 'data' });
  var tr = el('tr');
  header.forEach(function (h) { tr.appendChild(el('th', { text: h })); });
  t.appendChild(el('thead', null, [tr]));
  var body = el('tbody');
  rows.forEach(function (r) {
    var row = el('tr');
    r.forEach(function (c) {
      var td = el('td');
      if (c !== null && typeof c === 'object') td.appendChild(c);
      else td.textContent = typeof c === 'number' ? fmt(c) : (c === null || c === undefined ? '' : String(c));
      row.appendChild(td);
    });
    body.appendChild(row);
  });
  t.appendChild(body);
  return t;
}

/** A definition list of label/value pairs, leaving out empty values. */
function facts(pairs) {
  var dl = el('dl', { class: 'facts' });
  pairs.forEach(function (p) {
    if (p[1] === null || p[1] === undefined || p[1] === '') return;
    dl.appendChild(el('dt', { text: p[0] }));
    var dd = el('dd');
    if (typeof p[1] === 'object') dd.appendChild(p[1]); else dd.textContent = typeof p[1] === 'number' ? fmt(p[1]) : String(p[1]);
    dl.appendChild(dd);
  });
  return dl;
}

/** The card of a document: title, authors, year, kind, path, top terms. */
function documentCard(doc, extra) {
  var card = el('div', { class: 'card doc-card', 'data-doc': doc.id });
  card.appendChild(el('h3', { text: doc.title || doc.id }));
  card.appendChild(facts([
    ['Authors', doc.authors],
    ['Year', plain(doc.year)],
    ['Kind', doc.kind],
    ['Language', doc.language],
    ['Path', doc.path],
    ['Id', doc.id],
    ['Pages', doc.pages],
    ['Words', doc.words],
    ['Status', doc.status === 'ok' ? '' : doc.status]
  ].concat(extra || [])));
  if (doc.terms && doc.terms.length) {
    var terms = el('p', { class: 'terms' }, [el('span', { class: 'label', text: 'Top terms: ' })]);
    doc.terms.forEach(function (t) { terms.appendChild(el('span', { class: 'chip', text: t })); });
    card.appendChild(terms);
  }
  return card;
}

/**
 * The words of a cue list: entries separated by ; or |, each maybe typed ('term:产业学院',
 * 'problem:lack'); numeric entries ('classifier:0.68') are not words.
 */
function cueWords(cues) {
  return String(cues || '').split(/[;|]/).map(function (s) {
    s = s.trim();
    var colon = s.indexOf(':');
    if (colon > 0 && /^[a-z_-]+$/i.test(s.slice(0, colon))) s = s.slice(colon + 1).trim();
    return s;
  }).filter(function (s) { return s.length > 0 && !/^[-+]?[0-9.]+$/.test(s); });
}

/** A sentence with its cue words marked. */
function markedSentence(sentence, cues) {
  var p = el('p', { class: 'sentence' });
  var words = cueWords(cues);
  var lower = sentence.toLowerCase();
  var marks = [];
  words.forEach(function (w) {
    var lw = w.toLowerCase();
    var from = 0;
    for (var guard = 0; guard < 20; guard++) {
      var at = lower.indexOf(lw, from);
      if (at < 0) break;
      marks.push([at, at + lw.length]);
      from = at + lw.length;
    }
  });
  marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  var pos = 0;
  marks.forEach(function (m) {
    if (m[0] < pos) return;
    if (m[0] > pos) p.appendChild(document.createTextNode(sentence.slice(pos, m[0])));
    p.appendChild(el('mark', { text: sentence.slice(m[0], m[1]) }));
    pos = m[1];
  });
  if (pos < sentence.length) p.appendChild(document.createTextNode(sentence.slice(pos)));
  return p;
}

function docLabel(id) {
  var d = DOCS_BY_ID.get(id);
  return d ? (d.title || id) : id;
}
`;
