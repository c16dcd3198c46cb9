/**
 * readGridsFromBytes: the package's parts in the order they are needed — relationships, workbook,
 * shared strings, styles — then each worksheet, inflated, scanned and dropped before the next.
 */
import type { Grid } from '../../../sheets/types';
import type { CellContext } from './values';
import { gridOfSheetXml } from './sheet';
import { sharedStringsOf } from './strings';
import { dateStylesOf } from './styles';
import { relationshipsOf, relsPathOf, resolvePart, workbookEntryOf, type DefinedName } from './workbook';
import { openPackage, type PackageReader } from './zip';

export interface WorkbookGrids {
  /** Every worksheet in workbook order, hidden ones too (chart sheets are not grids and are left out). */
  readonly grids: Grid[];
  readonly definedNames: DefinedName[];
  /** Each worksheet's state by name. */
  readonly sheetStates: Record<string, 'visible' | 'hidden' | 'veryHidden'>;
}

const officeDocument = /\/officeDocument$/;

/** The main workbook part: the package's officeDocument relationship, else the usual xl/workbook.xml. */
async function workbookPath(pkg: PackageReader): Promise<string> {
  const rootRels = await pkg.text('_rels/.rels');
  const main = rootRels === undefined ? undefined : relationshipsOf(rootRels).find((rel) => officeDocument.test(rel.type));
  const path = main === undefined ? undefined : resolvePart('', main.target);
  return path !== undefined && pkg.has(path) ? path : 'xl/workbook.xml';
}

/** A part the workbook relates to by type, else the part at its usual place. */
function relatedPart(rels: ReturnType<typeof relationshipsOf>, book: string, type: RegExp, usual: string): string {
  const rel = rels.find((r) => type.test(r.type) && !r.external);
  return rel === undefined ? usual : resolvePart(book, rel.target);
}

/**
 * Reads an .xlsx held in memory.
 * @example const { grids, definedNames, sheetStates } = await readGridsFromBytes(await fs.readFile('客服部.xlsx'))
 *   grids.map((g) => g.name) → ['员工', '排班', '考勤', '销售', '事件', '月结历史']; sheetStates['月结历史'] === 'hidden'
 */
export async function readGridsFromBytes(bytes: Uint8Array): Promise<WorkbookGrids> {
  const pkg = await openPackage(bytes);
  const book = await workbookPath(pkg);
  const bookXml = await pkg.text(book);
  if (bookXml === undefined) throw new Error(`not a workbook: no ${book}`);
  const rels = relationshipsOf((await pkg.text(relsPathOf(book))) ?? '');
  const entry = workbookEntryOf(bookXml, book, rels);
  const stringsXml = await pkg.text(relatedPart(rels, book, /\/sharedStrings$/, 'xl/sharedStrings.xml'));
  const stylesXml = await pkg.text(relatedPart(rels, book, /\/styles$/, 'xl/styles.xml'));
  const context: CellContext = {
    strings: stringsXml === undefined ? [] : sharedStringsOf(stringsXml),
    dateStyles: stylesXml === undefined ? new Set() : dateStylesOf(stylesXml),
    date1904: entry.date1904,
  };
  const grids: Grid[] = [];
  const sheetStates: Record<string, 'visible' | 'hidden' | 'veryHidden'> = {};
  for (const sheet of entry.sheets) {
    if (sheet.path === undefined) continue;
    const xml = await pkg.text(sheet.path);
    if (xml === undefined) continue;
    grids.push(gridOfSheetXml(sheet.name, xml, context));
    sheetStates[sheet.name] = sheet.state;
  }
  // RegExp.input (a legacy static) holds the last string a regex ran on, maybe a sheet's whole XML:
  // one match on a tiny string lets that go now rather than at the caller's next regex.
  /^/.exec('');
  return { grids, definedNames: entry.definedNames, sheetStates };
}
