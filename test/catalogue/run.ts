/**
 * Runs one catalogue entry the way a supervisor would: the workbook written to a temp folder,
 * `cs-close <file> --month … --json --out <out>`, and what came back parsed: the exit code, the
 * problem lines printed on stderr (severity word, address, Chinese message), the --json summary,
 * and whether the input's bytes and the output file are as they must be.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { workbookBytes } from '../../src/cli/samples/kit';
import { messages } from '../../src/messages';
import type { Severity } from '../../src/engine/result';
import type { Summary } from '../e2e/harness';

export const severityWords: Record<Severity, string> = {
  error: messages['cli.severity.error']!.zh,
  warning: messages['cli.severity.warning']!.zh,
  info: messages['cli.severity.info']!.zh,
};

/** One problem line of stderr: `警告 考勤!C14 …`, or without an address when the problem has no cell. */
export interface ProblemLine { severity: Severity; cell: string | null; text: string; line: string }

export interface EntryRun {
  code: number;
  stdout: string;
  stderr: string;
  lines: ProblemLine[];
  summary: Summary | null;
  input: string;
  out: string;
  inputUnchanged: boolean;
  outExists: boolean;
}

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** An address at the start of a message: `考勤!C14`, `'my sheet'!A1`. */
const addressAtStart = /^((?:'[^']+'|[^\s!]+)![A-Z]{1,3}\d+) (.*)$/su;

export function problemLines(stderr: string): ProblemLine[] {
  const lines: ProblemLine[] = [];
  for (const line of stderr.split('\n')) {
    const severity = (Object.keys(severityWords) as Severity[]).find((s) => line.startsWith(`${severityWords[s]} `));
    if (severity === undefined) continue;
    const rest = line.slice(severityWords[severity].length + 1);
    const addressed = addressAtStart.exec(rest);
    lines.push(addressed ? { severity, cell: addressed[1]!, text: addressed[2]!, line } : { severity, cell: null, text: rest, line });
  }
  return lines;
}

/**
 * Whether a printed message is the zh template of a code, whatever its parameters.
 * @example wordingMatches('sheets.badTime', '时间"八点半"无法识别，请写成 08:30 这样的格式。') === true
 */
export function wordingMatches(code: string, text: string): boolean {
  const template = messages[code]?.zh;
  if (template === undefined) return false;
  const pattern = template.split(/\{\w+\}/u).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`, 'u').test(text);
}

export async function runWorkbook(workbook: ExcelJS.Workbook, file: string, args: readonly string[]): Promise<EntryRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-catalogue-'));
  const input = join(dir, file);
  const bytes = await workbookBytes(workbook);
  writeFileSync(input, bytes);
  const out = join(dir, 'out.xlsx');
  let stdout = '';
  let stderr = '';
  const code = await main([input, ...args, '--json', '--out', out], {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
  });
  const summary = code === 0 && stdout.trim() !== '' ? (JSON.parse(stdout) as Summary) : null;
  return {
    code, stdout, stderr, lines: problemLines(stderr), summary, input, out,
    inputUnchanged: sha(readFileSync(input)) === sha(bytes),
    outExists: existsSync(out),
  };
}
