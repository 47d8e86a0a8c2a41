import { FONT_STACK } from '../fonts.js';
import { CLUSTER_COLOURS } from '../palette.js';
import { PAGE_MAIN } from './page-main.js';
import { PAGE_NETWORK } from './page-network.js';
import { PAGE_OVERVIEW } from './page-overview.js';
import { PAGE_TAXONOMY } from './page-taxonomy.js';
import { PAGE_THEMES } from './page-themes.js';
import { PAGE_UTIL } from './page-util.js';

/** The whole browser program of the report page, one strict-mode function run once (needs window.d3). */
export const PAGE_SCRIPT: string = [
  '(function () {',
  "'use strict';",
  `var PALETTE = ${JSON.stringify(CLUSTER_COLOURS)};`,
  `var FONT_STACK = ${JSON.stringify(FONT_STACK)};`,
  PAGE_UTIL,
  PAGE_OVERVIEW,
  PAGE_NETWORK,
  PAGE_THEMES,
  PAGE_TAXONOMY,
  PAGE_MAIN,
  '})();',
].join('\n');
