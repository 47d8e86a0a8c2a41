import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerReportCommand } from '../../src/cli/commands/report.js';
import type { CliIo } from '../../src/cli/io.js';
import { buildReport } from '../../src/report/build-report.js';
import { jsonForScript } from '../../src/report/escape.js';
import { PAGE_SCRIPT } from '../../src/report/page/page-script.js';
import { writeFixture, XSS_IMG, XSS_SCRIPT } from './fixture.js';

const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'corpus-lens-report-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function html(files: { path: string; contents: string | Uint8Array }[]): string {
  const f = files.find((x) => x.path === 'report/index.html');
  return typeof f?.contents === 'string' ? f.contents : '';
}

describe('buildReport', () => {
  it('returns the page and every figure as SVG and PNG, the same bytes twice', async () => {
    const dir = temp();
    writeFixture(dir);
    const a = await buildReport(dir);
    const names = ['network-coupling', 'network-cocitation', 'network-text', 'terms', 'phrases', 'keyness-kind-policy-paper', 'trends', 'taxonomy-heatmap', 'taxonomy-kinds'];
    expect(a.files.map((f) => f.path)).toEqual(['report/index.html', ...names.map((n) => `figures/${n}.svg`), ...names.map((n) => `figures/${n}.png`)]);
    expect(a.messages).toEqual([]);
    const b = await buildReport(dir);
    expect(b.files.map((f) => createHash('sha256').update(f.contents).digest('hex'))).toEqual(a.files.map((f) => createHash('sha256').update(f.contents).digest('hex')));
  });

  it('writes the SVG figures only with png: false', async () => {
    const dir = temp();
    writeFixture(dir, { graphs: false, taxonomy: false });
    const r = await buildReport(dir, { png: false });
    expect(r.files.map((f) => f.path)).toEqual(['report/index.html', 'figures/terms.svg', 'figures/phrases.svg', 'figures/keyness-kind-policy-paper.svg', 'figures/trends.svg']);
  });

  it('never puts text from a document into the markup', async () => {
    const dir = temp();
    writeFixture(dir);
    const page = html((await buildReport(dir, { png: false })).files);
    expect(page).not.toContain(XSS_SCRIPT);
    expect(page).not.toContain(XSS_IMG);
    expect(page).not.toContain('<b>badly');
    expect(page).toContain(jsonForScript(XSS_SCRIPT));
    expect(jsonForScript(XSS_SCRIPT)).toBe('"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"');
    // The data element holds JSON that parses back to the titles.
    const start = page.indexOf('<script type="application/json" id="report-data">') + '<script type="application/json" id="report-data">'.length;
    const data = JSON.parse(page.slice(start, page.indexOf('</script>', start))) as { documents: { title: string }[] };
    expect(data.documents.map((d) => d.title).slice(0, 3)).toEqual([XSS_SCRIPT, '关于深化产教融合的若干意见', XSS_IMG]);
    // Exactly three script elements: the data, d3 and the page program.
    expect(page.match(/<script[\s>]/g)).toHaveLength(3);
    expect(page).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/);
  });

  it('allows only the two inline scripts by hash and no network', async () => {
    const dir = temp();
    writeFixture(dir);
    const page = html((await buildReport(dir, { png: false })).files);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe');
    const hashes = [...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => createHash('sha256').update(m[1]!, 'utf8').digest('base64'));
    expect(scripts).toHaveLength(2);
    expect(hashes).toEqual(scripts);
  });

  it('has a page program that compiles and never writes markup', () => {
    expect(() => new Script(PAGE_SCRIPT)).not.toThrow();
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', '.html(', 'eval(', 'new Function', '</script', '<!--', 'src=', 'href']) {
      expect(PAGE_SCRIPT.includes(bad), bad).toBe(false);
    }
  });
});

describe('corpus-lens report', () => {
  function io(cwd: string): { io: CliIo; err: () => string; out: () => string } {
    let err = '';
    let out = '';
    return {
      io: { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, stdin: async () => '', cwd },
      err: () => err,
      out: () => out,
    };
  }

  it('writes the report and the figures into the output folder', async () => {
    const dir = temp();
    writeFixture(dir, { graphs: false });
    const t = io(dir);
    let code = -1;
    const program = new Command().exitOverride();
    registerReportCommand(program, t.io, (c) => (code = c));
    await program.parseAsync(['report', '--out', '.', '--no-png'], { from: 'user' });
    expect(code).toBe(0);
    expect(t.err()).toBe('Wrote ./report/index.html and 6 figure files in ./figures/.\n');
    expect(readFileSync(join(dir, 'report/index.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readFileSync(join(dir, 'figures/taxonomy-heatmap.svg'), 'utf8')).toContain('<svg');
  });

  it('fails with a clear message on a folder that is not an output folder', async () => {
    const dir = temp();
    const t = io(dir);
    const program = new Command().exitOverride();
    registerReportCommand(program, t.io, () => undefined);
    await expect(program.parseAsync(['report', '--out', 'nothing-here'], { from: 'user' })).rejects.toMatchObject({ code: 'report-not-output' });
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);
    await expect(program.parseAsync(['report', '--out', '.'], { from: 'user' })).rejects.toMatchObject({ code: 'report-not-output' });
    expect(existsSync(join(dir, '.corpus-lens.lock'))).toBe(false);
  });
});
