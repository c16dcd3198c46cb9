/**
 * The add-in manifest: schema-valid (xmllint against the offline Office schemas, when xmllint is
 * installed), one shared runtime with the CS functions, the least permission that lets the close
 * write its sheets, and no development URL left in a production manifest.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const schema = '/work/shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd';
const localSchema = path.join(root, '../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(root, 'webpack.config.js')) as {
  manifestFor: (text: string, production: boolean) => string;
  prodUrl: () => string;
};

const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const production = config.manifestFor(source, true);
// The built manifest, when a build is there (the browser test may be rebuilding it right now);
// test/browser checks that its production build has no localhost left.
function builtManifest(): string | null {
  try {
    return fs.readFileSync(path.join(root, 'dist/addin/manifest.xml'), 'utf8');
  } catch {
    return null;
  }
}

function xmllint(): string | null {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return 'xmllint';
  } catch {
    return null;
  }
}
const schemaPath = [localSchema, schema].find((p) => fs.existsSync(p)) ?? null;

function validate(text: string): void {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
  fs.writeFileSync(file, text);
  // Throws with xmllint's message when the manifest does not validate.
  execFileSync('xmllint', ['--noout', '--schema', schemaPath ?? '', file], { stdio: 'pipe' });
}

describe('manifest.xml', () => {
  const canValidate = xmllint() !== null && schemaPath !== null;
  if (!canValidate) {
    console.warn('manifest schema check SKIPPED: install xmllint (Debian: libxml2-utils) and keep ../shared/schemas.');
  }
  (canValidate ? test : test.skip)('validates against the Office manifest schema, as written and as built for production', () => {
    expect(() => validate(source)).not.toThrow();
    expect(() => validate(production)).not.toThrow();
    const built = builtManifest();
    if (built !== null) expect(() => validate(built)).not.toThrow();
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(source.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(['<Permissions>ReadWriteDocument</Permissions>']);
  });

  test('one shared runtime: SharedRuntime 1.1, a long-lived runtime, and the functions page is the task pane', () => {
    expect(source).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(source).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    expect(source).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\/>\s*<\/Page>/);
  });

  test('custom functions live in namespace CS, with Chinese metadata for zh-CN', () => {
    expect(source).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="CS"\/>/);
    expect(source).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-CN\.json"\/>/);
  });

  test('Chinese by default, English for en-US; a ribbon button on the Home tab opens the pane', () => {
    expect(source).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(source).toMatch(/<bt:String id="TaskpaneButton\.Label" DefaultValue="月结">\s*<bt:Override Locale="en-US" Value="Close month"\/>/);
    expect(source).toMatch(/<OfficeTab id="TabHome">/);
    expect(source).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  test('every icon it names exists in assets/ as a PNG of that size', () => {
    const icons = [...source.matchAll(/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(root, 'assets', file ?? ''));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
    }
  });

  test('development URLs everywhere; a production build leaves no localhost and uses the production host', () => {
    const urls = [...source.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.includes('schemas.microsoft.com'));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.every((u) => u.startsWith('https://localhost:3000'))).toBe(true);
    expect(production).not.toMatch(/localhost/);
    expect(production).toContain(`<SourceLocation DefaultValue="${config.prodUrl()}taskpane.html"/>`);
    expect(production).toContain(`<AppDomain>${new URL(config.prodUrl()).origin}</AppDomain>`);
  });
});
