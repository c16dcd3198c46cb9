/**
 * The staff sheet 员工 (optional, POLICY.md §1): name, aliases, id, 岗位, 级别, 底薪 (P1), group (K4),
 * 快递收入 (P3). Duplicate people: the first row wins, the others are warned about.
 */
import type { Person, Level } from '../engine/model';
import type { Problem } from '../engine/result';
import { RowReader } from './fields';
import { foldText, nameKey } from './fold';
import { NameBook } from './names';
import { parseMoney } from './numbers';
import { dataRows } from './rows';
import { levelWords } from './synonyms';
import type { Grid, SheetDetection } from './types';

/** 新员工/新/new → 'new'; 老员工/资深/senior → 'senior'. */
export function levelOf(text: string): Level | null {
  const key = nameKey(text);
  if (levelWords.new.some((w) => nameKey(w) === key)) return 'new';
  if (levelWords.senior.some((w) => nameKey(w) === key)) return 'senior';
  return null;
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
  for (const row of dataRows(grid, detection, problems)) {
    const r = new RowReader(grid, detection, row, problems);
    const name = r.text('name');
    if (name === null) continue;
    const written = [...new Set(splitAliases(r.text('alias')))];
    if (book.owner(name) !== null) {
      r.report('warning', 'sheets.duplicatePerson', { name });
      continue;
    }
    // An alias shared by two people cannot say who a row is about: the first owner keeps it.
    const aliases = written.filter((alias) => {
      const other = book.owner(alias);
      if (other !== null && other !== name) r.report('warning', 'sheets.aliasTaken', { alias, name, other }, r.ref('alias') ?? undefined);
      return other === null;
    });
    book.add(name, aliases);
    const levelText = r.text('level');
    const level = levelText === null ? null : levelOf(levelText);
    if (levelText !== null && level === null) r.report('warning', 'sheets.unknownLevel', { value: levelText }, r.ref('level') ?? undefined);
    const baseFen = r.get('base', (v) => parseMoney(v, false)) ?? null;
    const expressRevenueFen = r.get('expressRevenue', (v) => parseMoney(v, false)) ?? null;
    people.push({
      name, aliases, level, baseFen, expressRevenueFen,
      id: r.text('id'),
      role: nullableFold(r.text('role')),
      group: nullableFold(r.text('group')),
      source: r.rowRef(),
    });
  }
  return { people, book };
}

function nullableFold(text: string | null): string | null {
  return text === null ? null : foldText(text);
}
