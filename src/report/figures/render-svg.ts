import { escapeXml } from '../escape.js';
import { FONT_STACK } from '../fonts.js';
import { r2, type Scene, type Shape } from './scene.js';

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

function shapeSvg(s: Shape): string {
  switch (s.type) {
    case 'rect': {
      const stroke = s.stroke ? ` stroke="${escapeXml(s.stroke)}"` : '';
      const body = `x="${r2(s.x)}" y="${r2(s.y)}" width="${r2(Math.max(0, s.w))}" height="${r2(Math.max(0, s.h))}" fill="${escapeXml(s.fill)}"${stroke}`;
      return s.title ? `<rect ${body}><title>${escapeXml(s.title)}</title></rect>` : `<rect ${body}/>`;
    }
    case 'circle': {
      const stroke = s.stroke ? ` stroke="${escapeXml(s.stroke)}" stroke-width="0.6"` : '';
      const op = s.opacity !== undefined && s.opacity < 1 ? ` fill-opacity="${r2(s.opacity)}"` : '';
      const body = `cx="${r2(s.x)}" cy="${r2(s.y)}" r="${r2(s.r)}" fill="${escapeXml(s.fill)}"${op}${stroke}`;
      return s.title ? `<circle ${body}><title>${escapeXml(s.title)}</title></circle>` : `<circle ${body}/>`;
    }
    case 'line': {
      const op = s.opacity !== undefined && s.opacity < 1 ? ` stroke-opacity="${r2(s.opacity)}"` : '';
      return `<line x1="${r2(s.x1)}" y1="${r2(s.y1)}" x2="${r2(s.x2)}" y2="${r2(s.y2)}" stroke="${escapeXml(s.stroke)}" stroke-width="${r2(s.width)}"${op}/>`;
    }
    case 'polyline':
      return `<polyline points="${s.points.map(([x, y]) => `${r2(x)},${r2(y)}`).join(' ')}" fill="none" stroke="${escapeXml(s.stroke)}" stroke-width="${r2(s.width)}" stroke-linejoin="round"/>`;
    case 'text': {
      const attrs = [`x="${r2(s.x)}"`, `y="${r2(s.y)}"`, `font-size="${r2(s.size)}"`];
      if (s.fill && s.fill !== '#000000') attrs.push(`fill="${escapeXml(s.fill)}"`);
      if (s.anchor && s.anchor !== 'start') attrs.push(`text-anchor="${ANCHOR[s.anchor]}"`);
      if (s.weight === 'bold') attrs.push('font-weight="bold"');
      if (s.rotate) attrs.push(`transform="rotate(${r2(s.rotate)} ${r2(s.x)} ${r2(s.y)})"`);
      if (s.halo) attrs.push('stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"');
      return `<text ${attrs.join(' ')}>${escapeXml(s.text)}</text>`;
    }
  }
}

/**
 * Writes a scene as a standalone SVG document: every text escaped, coordinates rounded to 2
 * decimals, fonts that show Chinese named in the font stack, no external reference.
 */
export function renderSvg(scene: Scene): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_STACK)}" role="img">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect x="0" y="0" width="${scene.width}" height="${scene.height}" fill="${escapeXml(scene.background)}"/>`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
