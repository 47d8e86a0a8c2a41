import { createRequire } from 'node:module';
import { message, type Message } from '../../core/message.js';
import { CJK_FONT_PATHS, findCjkFont, hasCjk } from '../fonts.js';
import type { Scene } from './scene.js';

/** The part of @napi-rs/canvas's 2D context the figures use. */
interface Context2D {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineJoin: string;
  globalAlpha: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  scale(x: number, y: number): void;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  rotate(a: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(t: string, x: number, y: number): void;
  strokeText(t: string, x: number, y: number): void;
}

interface CanvasModule {
  createCanvas(w: number, h: number): { getContext(kind: '2d'): Context2D; toBuffer(mime: 'image/png'): Uint8Array };
  GlobalFonts: { registerFromPath(path: string, alias?: string): boolean; has(name: string): boolean; families: { family: string }[] };
}

/** Families with Chinese glyphs that the canvas may already know from the system. */
const SYSTEM_CJK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', 'SimHei', 'AR PL UMing CN'];
const ALIAS = 'CorpusLensCJK';
const LATIN = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica";

/** Draws scenes as PNG images with @napi-rs/canvas; made by createPngRenderer. */
export interface PngRenderer {
  render(scene: Scene): Uint8Array;
  /** Messages about fonts and the canvas, each given once (by `finish`). */
  finish(scenes: readonly Scene[]): Message[];
}

/**
 * Loads @napi-rs/canvas and a font with Chinese glyphs (the `fontPath` given, else one of the
 * system's: Noto Sans CJK, WenQuanYi Zen Hei, ...). Returns undefined and a warning `report-no-png`
 * when the canvas module cannot be loaded, so that the SVG figures are still written.
 */
export async function createPngRenderer(
  options: {
    fontPath?: string;
    scale?: number;
    /** Font files to look for (default CJK_FONT_PATHS). */
    fontFiles?: readonly string[];
    /** Font families already known to the canvas to fall back on (default: common CJK families). */
    fontFamilies?: readonly string[];
  } = {},
): Promise<{ renderer?: PngRenderer; messages: Message[] }> {
  let mod: CanvasModule;
  try {
    const require = createRequire(import.meta.url);
    const loaded = (await import(require.resolve('@napi-rs/canvas'))) as Partial<CanvasModule> & { default?: CanvasModule };
    mod = (typeof loaded.createCanvas === 'function' ? loaded : loaded.default) as CanvasModule;
    if (typeof mod.createCanvas !== 'function') throw new Error('createCanvas is missing');
  } catch (err) {
    return {
      messages: [
        message('warning', 'report', 'report-no-png', '', `The PNG figures were not drawn: the canvas module @napi-rs/canvas could not be loaded (${(err as Error).message}). The SVG figures are complete.`, {
          note: 'Run npm ci in the corpus-lens folder; the SVG files open in any browser and in Inkscape, and can be converted there.',
        }),
      ],
    };
  }
  const scale = options.scale ?? 2;
  let cjk: string | undefined;
  const path = findCjkFont(options.fontPath, options.fontFiles ?? CJK_FONT_PATHS);
  if (path) {
    try {
      if (mod.GlobalFonts.registerFromPath(path, ALIAS)) cjk = ALIAS;
    } catch {
      cjk = undefined;
    }
  }
  if (!cjk) cjk = (options.fontFamilies ?? SYSTEM_CJK).find((f) => mod.GlobalFonts.has(f));
  const family = cjk ? `${LATIN}, '${cjk}', sans-serif` : `${LATIN}, sans-serif`;
  const renderer: PngRenderer = {
    render(scene) {
      const canvas = mod.createCanvas(Math.round(scene.width * scale), Math.round(scene.height * scale));
      const ctx = canvas.getContext('2d');
      ctx.scale(scale, scale);
      ctx.fillStyle = scene.background;
      ctx.fillRect(0, 0, scene.width, scene.height);
      ctx.lineJoin = 'round';
      for (const s of scene.shapes) {
        switch (s.type) {
          case 'rect':
            ctx.fillStyle = s.fill;
            ctx.fillRect(s.x, s.y, Math.max(0, s.w), Math.max(0, s.h));
            if (s.stroke) {
              ctx.strokeStyle = s.stroke;
              ctx.lineWidth = 1;
              ctx.strokeRect(s.x, s.y, s.w, s.h);
            }
            break;
          case 'circle':
            ctx.beginPath();
            ctx.arc(s.x, s.y, s.r, 0, 2 * Math.PI);
            ctx.globalAlpha = s.opacity ?? 1;
            ctx.fillStyle = s.fill;
            ctx.fill();
            ctx.globalAlpha = 1;
            if (s.stroke) {
              ctx.strokeStyle = s.stroke;
              ctx.lineWidth = 0.6;
              ctx.stroke();
            }
            break;
          case 'line':
            ctx.beginPath();
            ctx.moveTo(s.x1, s.y1);
            ctx.lineTo(s.x2, s.y2);
            ctx.globalAlpha = s.opacity ?? 1;
            ctx.strokeStyle = s.stroke;
            ctx.lineWidth = s.width;
            ctx.stroke();
            ctx.globalAlpha = 1;
            break;
          case 'polyline':
            ctx.beginPath();
            s.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
            ctx.strokeStyle = s.stroke;
            ctx.lineWidth = s.width;
            ctx.stroke();
            break;
          case 'text':
            ctx.save();
            ctx.translate(s.x, s.y);
            if (s.rotate) ctx.rotate((s.rotate * Math.PI) / 180);
            ctx.font = `${s.weight === 'bold' ? 'bold ' : ''}${s.size}px ${family}`;
            ctx.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
            ctx.textBaseline = 'alphabetic';
            if (s.halo) {
              ctx.strokeStyle = '#ffffff';
              ctx.lineWidth = 3;
              ctx.strokeText(s.text, 0, 0);
            }
            ctx.fillStyle = s.fill ?? '#000000';
            ctx.fillText(s.text, 0, 0);
            ctx.restore();
            break;
        }
      }
      return canvas.toBuffer('image/png');
    },
    finish(scenes) {
      if (cjk) return [];
      const chinese = scenes.some((sc) => sc.shapes.some((s) => s.type === 'text' && hasCjk(s.text)) || hasCjk(sc.title));
      if (!chinese) return [];
      return [
        message('warning', 'report', 'report-no-cjk-font', '', 'No font with Chinese characters was found, so Chinese text in the PNG figures shows as empty boxes (the SVG figures and the report page are not affected).', {
          note: 'Install one (Debian/Ubuntu: apt-get install fonts-wqy-zenhei or fonts-noto-cjk) and run corpus-lens report again.',
        }),
      ];
    },
  };
  return { renderer, messages: [] };
}
