import { defaultOutPath, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads the input and every option', () => {
    expect(parseArgs(['团队.xlsx', '--month', '2026-10', '--out', 'o.xlsx', '--json', '--preset', '电商客服', '--lang', 'en'])).toEqual({
      kind: 'run', options: { input: '团队.xlsx', month: '2026-10', out: 'o.xlsx', json: true, preset: '电商客服', lang: 'en' },
    });
  });
  it('accepts --flag=value and pads a one-digit month', () => {
    expect(parseArgs(['a.xlsx', '--month=2026-1'])).toEqual({ kind: 'run', options: { input: 'a.xlsx', month: '2026-01', json: false, lang: 'zh' } });
  });
  it('--help asks for the usage; a flag before it is still checked', () => {
    expect(parseArgs(['--bogus', '-h'])).toEqual({ kind: 'usage-error', code: 'cli.unknownFlag', params: { flag: '--bogus' } });
    expect(parseArgs(['a.xlsx', '--help'])).toEqual({ kind: 'help' });
  });
  it.each([
    [['a.xlsx', '--bogus'], 'cli.unknownFlag'],
    [['a.xlsx', '--month'], 'cli.missingValue'],
    [['a.xlsx', '--month', '2026-13'], 'cli.badMonth'],
    [['a.xlsx', '--month', '十月'], 'cli.badMonth'],
    [['a.xlsx', '--preset', '餐饮客服'], 'cli.badPreset'],
    [['a.xlsx', '--lang', 'fr'], 'cli.badLang'],
    [[], 'cli.noInput'],
    [['a.xlsx', 'b.xlsx'], 'cli.tooManyInputs'],
  ])('%j is a usage error %s', (argv, code) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.code).toBe(code);
  });
});

describe('defaultOutPath', () => {
  it.each([
    ['/d/客服部.xlsx', '/d/客服部-月结-2026-10.xlsx'],
    ['/d/客服部-2026-10.xlsx', '/d/客服部-月结-2026-10.xlsx'],
    ['/d/客服部2026年10月.xlsx', '/d/客服部-月结-2026-10.xlsx'],
    ['/d/客服部-月结-2026-10.xlsx', '/d/客服部-月结-2026-10.xlsx'],
    ['/d/2026-10.xlsx', '/d/月结-2026-10.xlsx'],
  ])('%s → %s', (input, out) => {
    expect(defaultOutPath(input, '2026-10')).toBe(out);
  });
});
