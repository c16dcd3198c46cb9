/**
 * Problems are values, not exceptions: each remembers the cell it came from and becomes an address
 * ("考勤!C14") and a sentence (Chinese or English) only at the boundary, in src/messages.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A cell of an input sheet: 0-based row and column of the sheet grid as read. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * A problem found in the input or while applying the policy. `code` names a message in
 * src/messages; `params` fill it. An `error` means the month cannot be closed.
 */
export interface Problem {
  readonly severity: Severity;
  readonly code: string;
  readonly params: ProblemParams;
  readonly cell?: CellRef;
}

export function problem(severity: Severity, code: string, params: ProblemParams = {}, cell?: CellRef): Problem {
  return cell ? { severity, code, params, cell } : { severity, code, params };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Letters of the first columns, made once: the ledger's links name the same few columns tens of thousands of times. */
const firstColumnLetters: string[] = [];

/** 0-based column index to Excel letters. @example columnLetters(0) === 'A'; columnLetters(27) === 'AB' */
export function columnLetters(col: number): string {
  if (col >= 0 && col < 256 && Number.isInteger(col)) return (firstColumnLetters[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1-style address with the sheet, quoted when the name needs it. @example cellAddress({sheet:'考勤',row:13,col:2}) === '考勤!C14' */
export function cellAddress(cell: CellRef): string {
  return `${sheetPrefix(cell.sheet)}${columnLetters(cell.col)}${cell.row + 1}`;
}

/** "考勤!" or "'My Sheet'!", by sheet name: the ledger links tens of thousands of cells on a few sheets. */
const sheetPrefixes = new Map<string, string>();

function sheetPrefix(sheet: string): string {
  let prefix = sheetPrefixes.get(sheet);
  if (prefix === undefined) {
    const needsQuotes = /[^\p{L}\p{N}_.]/u.test(sheet);
    prefix = `${needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet}!`;
    if (sheetPrefixes.size >= 1000) sheetPrefixes.clear(); // bounded: sheet names are few, but a process lives long
    sheetPrefixes.set(sheet, prefix);
  }
  return prefix;
}
