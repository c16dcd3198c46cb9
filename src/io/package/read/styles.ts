/**
 * xl/styles.xml → which cellXfs are date or time formats. That is all the reader needs styles for:
 * ExcelJS turned a number in such a cell into a Date (and with date1904 moved it by 1462 days).
 * Its rules, kept: custom codes lose their backslashes, an id without a custom code takes the
 * built-in code (ids 27–36 and 50–58 have none in ExcelJS, so they stay plain numbers), and
 * a code is a date when, outside [..] and "..", it has one of y m d h M s b.
 */
import { attributesOf, findElement, rootPrefix, tagEndOf } from './tokens';

/** ExcelJS's built-in number formats (defaultnumformats.js) that have a format code. */
const builtInFormats: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * ExcelJS's isDateFmt.
 * @example isDateFormat('yyyy-mm-dd') === true; isDateFormat('#,##0.00 "元"') === false
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The element `<name>…</name>` as [start of its content, end of its content), or null. */
function block(xml: string, name: string): [number, number] | null {
  const at = findElement(xml, `<${name}`, 0);
  if (at < 0) return null;
  const gt = tagEndOf(xml, at);
  if (xml.charCodeAt(gt - 1) === 47) return [gt, gt];
  const end = xml.indexOf(`</${name}>`, gt);
  return [gt + 1, end < 0 ? xml.length : end];
}

/**
 * The cellXfs indexes whose number format is a date or time.
 * @example dateStylesOf('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>') → Set {1}
 */
export function dateStylesOf(xml: string): Set<number> {
  const p = rootPrefix(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const formats = block(xml, `${p}numFmts`);
  if (formats) {
    for (let at = findElement(xml, `<${p}numFmt`, formats[0], formats[1]); at >= 0; at = findElement(xml, `<${p}numFmt`, at + 1, formats[1])) {
      const a = attributesOf(xml, at + p.length + 7, tagEndOf(xml, at));
      if (a['formatCode'] !== undefined) custom.set(parseInt(a['numFmtId'] ?? '', 10), a['formatCode'].replace(/[\\](.)/g, '$1'));
    }
  }
  const dates = new Set<number>();
  const xfs = block(xml, `${p}cellXfs`);
  if (!xfs) return dates;
  let index = 0;
  for (let at = findElement(xml, `<${p}xf`, xfs[0], xfs[1]); at >= 0; at = findElement(xml, `<${p}xf`, at + 1, xfs[1])) {
    const id = parseInt(attributesOf(xml, at + p.length + 3, tagEndOf(xml, at))['numFmtId'] ?? '', 10);
    if (id && isDateFormat(custom.get(id) || builtInFormats[id])) dates.add(index);
    index++;
  }
  return dates;
}
