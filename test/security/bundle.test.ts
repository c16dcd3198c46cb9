/**
 * Issue 5 §5, on the built add-in (dist/addin from `webpack --mode production`, rebuilt when
 * stale): the scripts hold no eval-like code, the task pane page carries a Content-Security-Policy
 * that allows scripts only from its own origin and the office.js host, the bundles make no network
 * request of their own (no telemetry: personal data stays in the workbook), and the manifest asks for
 * ReadWriteDocument and nothing more.
 */
import * as fs from 'fs';
import * as path from 'path';
import { addinDir, ensureAddinBuild, root } from '../browser/build';

const officeHost = 'https://appsforoffice.microsoft.com';

function scripts(): { file: string; text: string }[] {
  return fs.readdirSync(addinDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(addinDir, f), 'utf8') }));
}

/** Every match of a pattern in the bundles, with a little context, so a failure shows where. */
function occurrences(pattern: RegExp): string[] {
  return scripts().flatMap(({ file, text }) =>
    [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => `${file}: …${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}…`));
}

/** The policy's directives from the built page's meta tag: directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  // The built page is minified: attribute values may be unquoted when they can be.
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(html);
  const directives = new Map<string, string[]>();
  for (const part of (meta?.[1] ?? meta?.[2] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

beforeAll(() => {
  ensureAddinBuild();
}, 600_000);

describe('the production bundle', () => {
  it('is a production build with scripts to scan', () => {
    expect(scripts().map((s) => s.file).sort()).toEqual(expect.arrayContaining(['taskpane.js']));
    expect(fs.readFileSync(path.join(addinDir, 'manifest.xml'), 'utf8')).not.toMatch(/localhost/);
  });

  it('contains no eval, new Function, Function("…") or string timers', () => {
    expect(occurrences(/\beval\s*\(/)).toEqual([]);
    expect(occurrences(/\bnew\s+Function\s*\(/)).toEqual([]);
    expect(occurrences(/(?<![\w.$])Function\s*\(\s*["'`]/)).toEqual([]);
    expect(occurrences(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it('no build mode uses an eval devtool (webpack development builds would by default)', async () => {
    const config = require(path.join(root, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Promise<{ devtool?: string | false }>;
    for (const mode of ['development', 'production']) {
      expect(String((await config({}, { mode })).devtool ?? '')).not.toMatch(/eval/);
    }
  });

  it('uses no network API: no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource or importScripts', () => {
    expect(occurrences(/\bfetch\s*\(/)).toEqual([]);
    expect(occurrences(/\b(?:XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon|RTCPeerConnection)\b/)).toEqual([]);
  });

  it('names no web address it could send to, other than the office.js host', () => {
    // Addresses that are text, never requested: XML namespaces, links inside library error messages,
    // and Fabric's default font base, which fabricConfig.ts blanks before Fabric loads (checked below).
    const textOnly = [
      /^http:\/\/www\.w3\.org\//,
      /^http:\/\/schemas\.openxmlformats\.org\//,
      /^https:\/\/stuk\.github\.io\/jszip\/documentation\//,
      /^https:\/\/reactjs\.org\/(docs|link)\//,
      /^https:\/\/github\.com\/microsoft\/fluentui\/wiki\//,
      /^https:\/\/static2\.sharepointonline\.com\/files\/fabric\/assets$/,
    ];
    const urls = scripts().flatMap(({ text }) => text.match(/https?:\/\/[\w.-]+(?:\/[\w./%-]*)?/g) ?? []);
    expect([...new Set(urls)].filter((u) => !u.startsWith(officeHost) && !textOnly.some((ok) => ok.test(u)))).toEqual([]);
    expect(occurrences(/FabricConfig/).length).toBeGreaterThan(0);
  });
});

describe('the task pane page', () => {
  const html = (): string => fs.readFileSync(path.join(addinDir, 'taskpane.html'), 'utf8');

  it("has a Content-Security-Policy: scripts only from 'self' and the office.js host, no unsafe-eval", () => {
    const csp = cspOf(html());
    expect(csp.get('script-src')).toEqual(["'self'", officeHost]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources.filter((s) => /unsafe-eval|wasm-unsafe-eval|^\*$|^https?:$|^data:$/.test(s) && s !== 'data:')).toEqual([]);
    }
    // Requests may go to the same two places only.
    expect((csp.get('connect-src') ?? []).filter((s) => s !== "'self'" && s !== officeHost)).toEqual([]);
  });

  it('loads every script by src from its own folder or the office.js host; no inline script', () => {
    const tags = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(tags.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of tags) {
      const quoted = /\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s"'>]+))/.exec(attributes);
      const src = quoted?.[1] ?? quoted?.[2] ?? quoted?.[3] ?? '';
      expect({ src, body: body.trim() }).toEqual({ src: expect.stringMatching(new RegExp(`^(${officeHost}/|[\\w./-]+\\.js$)`)), body: '' });
      expect(src).not.toMatch(/^\/\/|^http:/);
    }
  });
});

describe('the manifest', () => {
  it.each(['manifest.xml', 'dist/addin/manifest.xml'])('%s asks for ReadWriteDocument only', (file) => {
    const xml = fs.readFileSync(path.join(root, file), 'utf8');
    expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });
});
