/**
 * Which sheet each output table goes to. The add-in's own sheet of that table is reused (cleared and
 * rewritten); a user's sheet with the same name is never touched, ours goes beside it as 计分表(2).
 */
import type { SheetTable } from '../../report/types';
import type { SheetInfo } from './inventory';

export interface Target {
  readonly table: SheetTable;
  readonly sheetName: string;
  /** The existing own sheet to clear and rewrite; null means a new sheet is added. */
  readonly existing: SheetInfo | null;
}

/** Excel caps a sheet name at 31 characters; the suffix must fit. */
const maxSheetName = 31;

function candidateName(name: string, n: number): string {
  if (n === 1) return name;
  const suffix = `(${n})`;
  return name.slice(0, maxSheetName - suffix.length) + suffix;
}

/** What to do with a user's (unmarked) sheet that has a table's exact name — as the command line does. */
export interface TargetOptions {
  /** Kinds whose user sheet the close has just read in full (月结历史 without problems): replace it in place. */
  readonly adopt?: readonly SheetTable['kind'][];
  /** Kinds not written when the user keeps such a sheet (制度参数: theirs is the policy). */
  readonly keepUserSheet?: readonly SheetTable['kind'][];
}

/**
 * @example with a user sheet 计分表 and no own one: planTargets(sheets, [scorecard]) → [{sheetName:'计分表(2)', existing:null}]
 */
export function planTargets(sheets: readonly SheetInfo[], tables: readonly SheetTable[], options: TargetOptions = {}): Target[] {
  // Excel compares sheet names without case.
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  const used = new Set<SheetInfo>();
  return tables.flatMap((table): Target[] => {
    const own = sheets.find((s) => !used.has(s) && s.own?.kind === table.kind && s.own.name === table.name);
    if (own) {
      used.add(own);
      return [{ table, sheetName: own.name, existing: own }];
    }
    const user = sheets.find((s) => !s.own && s.name.toLowerCase() === table.name.toLowerCase());
    if (user && options.keepUserSheet?.includes(table.kind)) return [];
    if (user && options.adopt?.includes(table.kind) && !used.has(user)) {
      used.add(user);
      return [{ table, sheetName: user.name, existing: user }];
    }
    let n = 1;
    while (taken.has(candidateName(table.name, n).toLowerCase())) n++;
    const sheetName = candidateName(table.name, n);
    taken.add(sheetName.toLowerCase());
    return [{ table, sheetName, existing: null }];
  });
}
