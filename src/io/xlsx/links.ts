/**
 * Internal hyperlinks (`#'考勤'!C14`) with ExcelJS 4.4. Out of the box ExcelJS writes such a link
 * both as an external relationship and as a `location`, which Excel opens as "#考勤!C14##考勤!C14"
 * (exceljs issue #3027); and when reading, it drops links that have only a `location`, which is how
 * Excel itself saves in-workbook links. This module patches the two xforms once, so that:
 * - a hyperlink whose target starts with '#' is written as `<hyperlink ref location="'考勤'!C14"/>`
 *   with no relationship (what Excel writes), and
 * - a location-only link read from a file comes back as `{ text, hyperlink: "#'考勤'!C14" }`, so a
 *   user's own in-workbook links survive the copy of the input sheets.
 * External links are untouched. The patch is checked: if ExcelJS changes shape, it throws at load.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface HyperlinkModel { address?: string; rId?: string; target?: string; tooltip?: string }
interface Relationship { Id: string; Type: string; Target: string; TargetMode?: string }
interface XmlStream { leafNode(name: string, attributes: Record<string, string | undefined>): void }
interface WorksheetModel { hyperlinks?: HyperlinkModel[]; rels?: Relationship[]; relationships?: Relationship[] }
type Method<A extends unknown[]> = (this: unknown, ...args: A) => unknown;
interface HyperlinkXformProto { render: Method<[XmlStream, HyperlinkModel]> }
interface WorksheetXformProto { prepare: Method<[WorksheetModel, unknown]>; reconcile: Method<[WorksheetModel, unknown]> }

const hyperlinkRelType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
let installed = false;

function prototypeOf<T>(modulePath: string, methods: readonly string[]): T {
  const ctor: unknown = require(modulePath);
  const proto: unknown = typeof ctor === 'function' ? (ctor as { prototype: unknown }).prototype : undefined;
  const ok = typeof proto === 'object' && proto !== null &&
    methods.every((m) => typeof (proto as Record<string, unknown>)[m] === 'function');
  if (!ok) throw new Error(`exceljs changed: ${modulePath} lacks ${methods.join(', ')}`);
  return proto as T;
}

const isInternal = (target: string | undefined): target is string => typeof target === 'string' && target.startsWith('#');

/** Installs the patch (idempotent). Called by the reader and the writer before touching ExcelJS. */
export function installInternalLinks(): void {
  if (installed) return;
  const link = prototypeOf<HyperlinkXformProto>('exceljs/lib/xlsx/xform/sheet/hyperlink-xform', ['render']);
  const sheet = prototypeOf<WorksheetXformProto>('exceljs/lib/xlsx/xform/sheet/worksheet-xform', ['prepare', 'reconcile']);
  const render = link.render;
  link.render = function (this: unknown, xml: XmlStream, model: HyperlinkModel) {
    if (!isInternal(model.target)) return render.call(this, xml, model);
    xml.leafNode('hyperlink', { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
    return undefined;
  };
  const prepare = sheet.prepare;
  sheet.prepare = function (this: unknown, model: WorksheetModel, options: unknown) {
    const out = prepare.call(this, model, options);
    // Drop the external relationship ExcelJS made for each internal link.
    const internalIds = new Set((model.hyperlinks ?? []).filter((h) => isInternal(h.target)).map((h) => h.rId));
    if (model.rels) model.rels = model.rels.filter((rel) => !internalIds.has(rel.Id));
    return out;
  };
  const reconcile = sheet.reconcile;
  sheet.reconcile = function (this: unknown, model: WorksheetModel, options: unknown) {
    (model.hyperlinks ?? []).forEach((h, i) => {
      if (h.rId || !h.target) return;
      // A location-only link: give it a relationship so ExcelJS maps it to its cell.
      const id = `csCloseLocation${i}`;
      model.relationships = [...(model.relationships ?? []), { Id: id, Type: hyperlinkRelType, Target: `#${h.target}` }];
      h.rId = id;
    });
    return reconcile.call(this, model, options);
  };
  installed = true;
}
