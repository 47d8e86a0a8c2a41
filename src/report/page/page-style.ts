import { FONT_STACK } from '../fonts.js';

/** The stylesheet of the report page: no external font or image, Chinese through the system's CJK fonts. */
export const PAGE_STYLE = `
:root { --ink: #1f2937; --muted: #64748b; --line: #e2e8f0; --accent: #1d4ed8; --bad: #b91c1c; --bg: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT_STACK}; color: var(--ink); background: var(--bg); font-size: 14px; line-height: 1.45; }
header { background: #0f172a; color: #f8fafc; padding: 14px 24px 0; position: sticky; top: 0; z-index: 5; }
header h1 { margin: 0; font-size: 20px; font-weight: 600; }
header p { margin: 2px 0 8px; color: #cbd5e1; font-size: 13px; }
nav a { color: #cbd5e1; text-decoration: none; margin-right: 18px; display: inline-block; padding: 6px 0 8px; border-bottom: 2px solid transparent; }
nav a:hover { color: #fff; border-bottom-color: #60a5fa; }
main { max-width: 1320px; margin: 0 auto; padding: 8px 24px 60px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 20px 20px; margin: 18px 0; scroll-margin-top: 90px; }
h2 { margin: 0 0 10px; font-size: 18px; }
h3 { margin: 14px 0 6px; font-size: 15px; }
h4 { margin: 10px 0 4px; font-size: 13px; color: var(--muted); font-weight: 600; }
.note { color: var(--muted); font-size: 13px; margin: 6px 0; }
.note.bad, .bad .stat-value { color: var(--bad); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 12px; }
.stat { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 130px; background: var(--bg); }
.stat-value { font-size: 22px; font-weight: 600; }
.stat-label { color: var(--muted); font-size: 12px; }
.stat-detail { color: var(--muted); font-size: 11px; }
table.data { border-collapse: collapse; width: 100%; font-size: 12.5px; margin: 6px 0; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
table.data th { background: var(--bg); position: sticky; top: 0; font-weight: 600; }
table.compact { width: auto; }
.scroll { max-height: 420px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
button { font: inherit; cursor: pointer; }
button.link { background: none; border: none; padding: 0; color: var(--accent); text-align: left; }
button.link:hover { text-decoration: underline; }
input[type=search], select { font: inherit; padding: 4px 8px; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; }
input[type=search] { min-width: 240px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 8px 0; }
.tabs { display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 8px; }
.tab { border: 1px solid #cbd5e1; background: #fff; border-radius: 16px; padding: 4px 12px; }
.tab[aria-selected=true] { background: var(--accent); color: #fff; border-color: var(--accent); }
.net-body { display: grid; grid-template-columns: minmax(0, 1fr) 330px; gap: 12px; }
#net-canvas-wrap { position: relative; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
#net-canvas { display: block; cursor: grab; touch-action: none; }
#net-canvas:active { cursor: grabbing; }
#net-tip { position: absolute; pointer-events: none; background: rgba(15,23,42,0.9); color: #fff; padding: 3px 7px; border-radius: 4px; font-size: 12px; max-width: 320px; }
aside { font-size: 13px; max-height: 760px; overflow: auto; }
.legend { list-style: none; margin: 0; padding: 0; }
.legend-item { display: grid; grid-template-columns: 14px minmax(0, 1fr); column-gap: 6px; align-items: center; width: 100%; background: none; border: 1px solid transparent; border-radius: 4px; padding: 2px 4px; text-align: left; }
.legend-item .legend-top { grid-column: 2; }
.legend-item.active { border-color: var(--ink); }
.legend-top { color: var(--muted); font-size: 11px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.swatch { width: 11px; height: 11px; border-radius: 50%; display: inline-block; flex: none; }
.results { margin: 0; padding-left: 18px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 8px 0; background: #fff; }
.card h3 { margin: 2px 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; font-size: 12.5px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.chip { display: inline-block; border: 1px solid #cbd5e1; border-radius: 10px; padding: 0 7px; margin: 2px 3px 2px 0; font-size: 12px; background: var(--bg); }
.chip.toggle { border-width: 2px; }
.chip.toggle[aria-pressed=false] { opacity: 0.45; }
.label { color: var(--muted); font-size: 12px; margin: 8px 0 2px; }
.two { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px; }
svg.chart { font-family: ${FONT_STACK}; font-size: 11px; overflow: visible; }
svg.chart .small { font-size: 10px; fill: var(--muted); }
svg.chart .heading { font-size: 12px; font-weight: 600; }
svg.chart .value { fill: var(--muted); font-size: 10px; }
.heatmap-box { overflow: auto; max-height: 760px; border: 1px solid var(--line); border-radius: 6px; }
.heatmap .cell { cursor: pointer; }
.heatmap .cell:hover { stroke: #0f172a; stroke-width: 1.5; }
.heatmap .cell-text { font-size: 10px; pointer-events: none; }
.heatmap .clickable { cursor: pointer; }
.heatmap .clickable:hover { fill: var(--accent); }
#tax-evidence { min-height: 40px; }
ol.findings { padding-left: 22px; }
.finding { margin: 8px 0; }
.finding-head { display: flex; gap: 10px; flex-wrap: wrap; align-items: baseline; font-size: 12.5px; }
.where, .score, .cues { color: var(--muted); font-size: 12px; }
.sentence { margin: 2px 0; }
mark { background: #fde68a; padding: 0 1px; }
@media (max-width: 900px) { .net-body { grid-template-columns: 1fr; } }
`;
