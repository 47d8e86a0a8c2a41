import { describe, expect, it } from 'vitest';
import { barsFigure } from '../../src/report/figures/bars-figure.js';
import { heatmapFigure } from '../../src/report/figures/heatmap-figure.js';
import { keynessFigure } from '../../src/report/figures/keyness-figure.js';
import { networkFigure } from '../../src/report/figures/network-figure.js';
import { createPngRenderer } from '../../src/report/figures/render-png.js';
import { renderSvg } from '../../src/report/figures/render-svg.js';
import { fitText, niceMax, niceTicks, textWidth, type Scene } from '../../src/report/figures/scene.js';
import { trendsFigure } from '../../src/report/figures/trends-figure.js';
import { findCjkFont, hasCjk } from '../../src/report/fonts.js';
import type { ReportNetwork } from '../../src/report/report-data.js';

function count(svg: string, tag: string): number {
  return (svg.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
}

const EVIL = '<script>alert("x")</script> & \'quoted\'';

describe('scene helpers', () => {
  it('measures CJK wider than Latin and cuts with an ellipsis', () => {
    expect(textWidth('产教', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(10.6, 6);
    expect(fitText('short', 12, 200)).toBe('short');
    const cut = fitText('关于深化产教融合推进校企协同育人的若干意见', 10, 60);
    expect(cut).toBe('关于深化产…');
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(60);
  });

  it('chooses round ticks', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 88)).toEqual([0, 20, 40, 60, 80]);
    expect(niceMax(88)).toBe(100);
    expect(niceMax(0)).toBe(1);
  });

  it('finds CJK text and font files', () => {
    expect(hasCjk('产教融合')).toBe(true);
    expect(hasCjk('Ｆｕｌｌ')).toBe(true);
    expect(hasCjk('plain English – “quotes”')).toBe(false);
    expect(findCjkFont(undefined, ['/no/such/font.ttc'])).toBeUndefined();
    expect(findCjkFont('/no/such/font.ttc', [])).toBeUndefined();
  });
});

describe('renderSvg', () => {
  it('escapes every text and counts exactly the shapes of a bar figure', () => {
    const scene = barsFigure('terms', `Terms ${EVIL}`, 'sub', [
      { label: EVIL, value: 10 },
      { label: '企业', value: 5 },
      { label: 'colleges', value: 2 },
    ], '#2563eb');
    const svg = renderSvg(scene);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"x"');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="760"')).toBe(true);
    // background + 3 bars; title, subtitle, 6 tick labels (0..10 by 2), 3 labels and 3 values; 6 grid lines.
    expect(count(svg, 'rect')).toBe(4);
    expect(count(svg, 'text')).toBe(14);
    expect(count(svg, 'line')).toBe(6);
    expect(count(svg, 'title')).toBe(4);
    expect(svg).toContain('Noto Sans CJK SC');
  });

  it('draws a network with one circle per node, one line per link and a legend', () => {
    const net: ReportNetwork = {
      kind: 'coupling',
      title: 't',
      item: 'document',
      metrics: ['references'],
      sizeBy: 'references',
      nodes: [
        { id: 'a', label: EVIL, cluster: 1, x: 0, y: 0, values: [4], docKind: 'policy', year: 2019 },
        { id: 'b', label: '关于深化产教融合的若干意见', cluster: 1, x: 10, y: 0, values: [1], docKind: 'policy', year: 2017 },
        { id: 'c', label: 'C', cluster: 2, x: 0, y: 10, values: [null], docKind: 'paper', year: null },
      ],
      edges: [
        [0, 1, 2],
        [1, 2, 1],
      ],
      evidenceColumns: [],
      evidence: [[], []],
      evidenceTotal: [0, 0],
      totalNodes: 3,
      clusters: 2,
      modularity: 0.1,
      notes: [],
    };
    const scene = networkFigure(net, 'Coupling');
    const svg = renderSvg(scene);
    expect(count(svg, 'circle')).toBe(3 + 2);
    expect(count(svg, 'line')).toBe(2);
    expect(svg).not.toContain('<script');
    expect(scene.name).toBe('network-coupling');
    // Labels: the three nodes (largest first), with a halo.
    expect(scene.shapes.filter((s) => s.type === 'text' && s.halo).map((s) => (s.type === 'text' ? s.text : ''))).toEqual([EVIL, '关于深化产教融合的若干意见', 'C']);
  });

  it('draws a heatmap cell per row and column with the value written in non-zero cells', () => {
    const scene = heatmapFigure({
      name: 'h',
      title: 'H',
      subtitle: '',
      rows: [
        { label: EVIL, group: 'policy' },
        { label: 'B', group: 'paper' },
      ],
      cols: [
        { label: 'one', group: 'problem', band: 'policy' },
        { label: 'two', group: 'problem', band: 'mechanism' },
        { label: 'three', group: 'strategy', band: 'policy' },
      ],
      values: [
        [0, 2, 5],
        [1, null, 0],
      ],
      measure: 'sentences coded',
    });
    const svg = renderSvg(scene);
    // background, 2 facet bands, 3 dimension bands, 2 kind marks, 6 cells, 10 scale steps, 2 dimensions in the legend.
    expect(count(svg, 'rect')).toBe(1 + 2 + 3 + 2 + 6 + 10 + 2);
    const cellTexts = scene.shapes.filter((s) => s.type === 'text' && s.size === 9).map((s) => (s.type === 'text' ? s.text : ''));
    expect(cellTexts).toEqual(['2', '5', '1']);
    expect(count(svg, 'line')).toBe(1);
    expect(svg).not.toContain('<script');
  });

  it('draws keyness and trends figures', () => {
    const k = keynessFigure({
      groupBy: 'kind',
      a: 'policy',
      b: 'paper',
      rows: [
        { term: '发展', freqA: 18, freqB: 4, rateA: 79.9, rateB: 9.2, g2: 21.2, logRatio: 3.1, significance: 'p<0.0001', moreIn: 'policy' },
        { term: 'colleges', freqA: 2, freqB: 36, rateA: 8.9, rateB: 82.7, g2: 18.7, logRatio: -3.2, significance: 'p<0.0001', moreIn: 'paper' },
        { term: EVIL, freqA: 15, freqB: 3, rateA: 66.6, rateB: 6.9, g2: 18.6, logRatio: 3.3, significance: 'p<0.0001', moreIn: 'policy' },
      ],
    });
    expect(k.name).toBe('keyness-kind-policy-paper');
    const svg = renderSvg(k);
    expect(count(svg, 'rect')).toBe(1 + 3);
    expect(svg).not.toContain('<script');
    const t = trendsFigure({ years: [2017, 2018, 2019], series: [{ term: '企业', rate: [1, 2, 3], frequency: [1, 2, 3] }, { term: EVIL, rate: [0, 1, 0], frequency: [0, 1, 0] }] });
    const tsvg = renderSvg(t);
    expect(count(tsvg, 'polyline')).toBe(2);
    expect(count(tsvg, 'circle')).toBe(6);
    expect(tsvg).not.toContain('<script');
  });
});

describe('createPngRenderer', () => {
  const scene: Scene = { name: 's', title: '产教融合', width: 100, height: 50, background: '#ffffff', shapes: [{ type: 'text', x: 10, y: 30, text: '产教融合 test', size: 12 }] };

  it('draws a PNG at twice the size, the same bytes each time', async () => {
    const { renderer, messages } = await createPngRenderer();
    expect(messages).toEqual([]);
    const png = renderer!.render(scene);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([200, 100]);
    expect(Buffer.compare(Buffer.from(renderer!.render(scene)), Buffer.from(png))).toBe(0);
  });

  it('warns when no font with Chinese glyphs is found and the figures hold Chinese', async () => {
    const { renderer } = await createPngRenderer({ fontFiles: [], fontFamilies: [] });
    expect(renderer!.finish([scene]).map((m) => [m.severity, m.rule])).toEqual([['warning', 'report-no-cjk-font']]);
    expect(renderer!.finish([{ ...scene, title: 'x', shapes: [] }])).toEqual([]);
  });
});
