import { existsSync } from 'node:fs';

/**
 * Font families for the page and the SVG figures: Latin fonts first, then the CJK fonts of common
 * systems (the browser or the SVG viewer falls back glyph by glyph, so Chinese shows).
 */
export const FONT_STACK =
  "'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'SimHei', sans-serif";

/** Known places of fonts with Chinese glyphs: Debian/Ubuntu, Fedora, Arch, macOS, Windows. */
export const CJK_FONT_PATHS: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc',
  '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  'C:\\Windows\\Fonts\\simsun.ttc',
];

/** The first CJK font file that exists: `preferred` (when given) first, then CJK_FONT_PATHS. */
export function findCjkFont(preferred?: string, candidates: readonly string[] = CJK_FONT_PATHS): string | undefined {
  if (preferred && existsSync(preferred)) return preferred;
  return candidates.find((p) => existsSync(p));
}

/** True when the text holds a character of a CJK script (Han, kana, hangul, CJK punctuation, full-width forms). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) return true;
    if (c >= 0xd840 && c <= 0xd87f) return true; // surrogate of the supplementary ideographic plane
  }
  return false;
}
