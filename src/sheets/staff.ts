/**
 * The staff sheet 员工 (optional, POLICY.md §1): name, aliases, id, 岗位, 级别, 底薪 (P1), group (K4),
 * 快递收入 (P3). Duplicate people: the first row wins, the others are warned about.
 */
import type { CellValue } from '../engine/cells';
import type { Person, Level } from '../engine/model';
import type { Fen } from '../engine/money';
import type { Problem } from '../engine/result';
import { RowReader } from './fields';
import { foldText, nameKey } from './fold';
import { NameBook } from './names';
import { parseMoney } from './numbers';
import { dataRows } from './rows';
import { levelWords } from './synonyms';
import type { Grid, SheetDetection } from './types';
import type { Parsed } from './values';

/** Level word keys → level, built on first use (the new words first: a word in both lists means new). */
let levelsByKey: Map<string, Level> | null = null;

/** 新员工/新/new → 'new'; 老员工/资深/senior → 'senior'. */
export function levelOf(text: string): Level | null {
  if (levelsByKey === null) {
    levelsByKey = new Map();
    for (const level of ['new', 'senior'] as const) {
      for (const word of levelWords[level]) if (!levelsByKey.has(nameKey(word))) levelsByKey.set(nameKey(word), level);
    }
  }
  return levelsByKey.get(nameKey(text)) ?? null;
}

/** Several aliases may share a cell: `小美/meimei, 美美`. */
function splitAliases(text: string | null): string[] {
  if (text === null) return [];
  return foldText(text).split(/[,，、;；/|]/u).map((a) => a.trim()).filter((a) => a !== '');
}

/**
 * People of the staff sheet, and the name book every other sheet resolves names against.
 * @example readStaff(grid, detection, problems).people[0] → { name: '张三', aliases: ['小三'], level: 'senior', baseFen: 500000, … }
 */
export function readStaff(grid: Grid, detection: SheetDetection, problems: Problem[]): { people: Person[]; book: NameBook } {
  const book = new NameBook(true);
  const people: Person[] = [];
  // One reader moved row to row, its columns looked up once (a reader per row built a column map each).
  const r = new RowReader(grid, detection, 0, problems);
  const col = {
    name: r.col('name'), alias: r.col('alias'), level: r.col('level'), base: r.col('base'), expressRevenue: r.col('expressRevenue'),
    id: r.col('id'), role: r.col('role'), group: r.col('group'),
  };
  const rows = dataRows(grid, detection, problems);
  for (let k = 0; k < rows.length; k += 1) {
    r.moveTo(rows[k] as number);
    const name = r.textAt(col.name);
    if (name === null) continue;
    const written = [...new Set(splitAliases(r.textAt(col.alias)))];
    if (book.owner(name) !== null) {
      r.report('warning', 'sheets.duplicatePerson', { name });
      continue;
    }
    const aliases = aliasesFree(r, book, name, written, col.alias);
    book.add(name, aliases);
    const levelText = r.textAt(col.level);
    const level = levelText === null ? null : levelOf(levelText);
    if (levelText !== null && level === null) r.report('warning', 'sheets.unknownLevel', { value: levelText }, r.cellRef(col.level) ?? undefined);
    const baseFen = r.parseAt(col.base, parseAmount) ?? null;
    const expressRevenueFen = r.parseAt(col.expressRevenue, parseAmount) ?? null;
    people.push({
      name, aliases, level, baseFen, expressRevenueFen,
      id: r.textAt(col.id),
      role: nullableFold(r.textAt(col.role)),
      group: nullableFold(r.textAt(col.group)),
      source: r.rowRef(),
    });
  }
  return { people, book };
}

/**
 * The aliases no one else owns yet: an alias shared by two people cannot say who a row is about, so
 * the first owner keeps it and the later row is warned about.
 */
function aliasesFree(r: RowReader, book: NameBook, name: string, written: readonly string[], aliasCol: number | undefined): string[] {
  return written.filter((alias) => {
    const other = book.owner(alias);
    if (other !== null && other !== name) r.report('warning', 'sheets.aliasTaken', { alias, name, other }, r.cellRef(aliasCol) ?? undefined);
    return other === null;
  });
}

/** A pay amount: never negative. */
function parseAmount(value: CellValue): Parsed<Fen> {
  return parseMoney(value, false);
}

function nullableFold(text: string | null): string | null {
  return text === null ? null : foldText(text);
}
