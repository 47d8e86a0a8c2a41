/** Browser code of the report page, last part: runs each section, shows the notes, marks the page ready. */
export const PAGE_MAIN = String.raw`
function initNotes() {
  var list = byId('notes-list');
  if (!DATA.notes.length) { note(byId('notes'), 'Every table the report reads was found.'); return; }
  DATA.notes.forEach(function (t) { list.appendChild(el('li', { text: t })); });
}

function main() {
  var failed = [];
  [['overview', initOverview], ['networks', initNetworks], ['themes', initThemes], ['taxonomy', initTaxonomy], ['problems', initProblems], ['notes', initNotes]].forEach(function (p) {
    try { p[1](); } catch (err) {
      failed.push(p[0]);
      var host = byId(p[0]);
      if (host) host.appendChild(el('p', { class: 'note bad', text: 'This section could not be drawn: ' + (err && err.message ? err.message : String(err)) }));
      console.error(err);
    }
  });
  document.body.dataset.ready = failed.length ? 'failed: ' + failed.join(' ') : 'yes';
}

if (!DATA || DATA.schema !== 1) {
  document.body.dataset.ready = 'failed: data';
  byId('run-info').textContent = 'The data of this report is in a format this page does not read.';
} else {
  main();
}
`;
