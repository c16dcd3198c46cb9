/// <reference types="office-js" />
/**
 * The real TaskpaneApi: reads and writes through src/io/office (the Excel.run adapter) and closes
 * through src/app/monthClose. `run` is Excel.run in the add-in; tests and the browser double pass
 * their own, so this file never needs a live Excel.
 */
import type { Lang } from '../messages';
import type { CellRef } from '../engine/result';
import { presetFor, defaultPresetId } from '../engine/policy/presets';
import { policyToRows } from '../engine/policy/params';
import type { PresetId } from '../engine/policy/types';
import { detectSheets, ownSheetNames, readTeam, type Grid } from '../sheets';
import type { SheetTable } from '../report';
import type { HostContext, HostRun } from '../io/office/host';
import { readWorkbook } from '../io/office/read';
import { writeTables, type WriteOptions } from '../io/office/write';
import { closeMonthInExcel } from '../io/office/close';
import { roles, type CloseStep, type MappingOverrides, type RoleDetection, type TaskpaneApi, type WorkbookSurvey } from './api';
import { mappingSettingKey, parseMapping, templateSheets } from './template';

/** Lets React paint the step just reported before the next, synchronous, stage starts. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Excel.run as a HostRun (the adapter's structural view of the request context). */
export function excelRun(): HostRun {
  return (batch) => Excel.run((context) => batch(context));
}

/** The header cells of each sheet: the detected header row, else the first non-blank of the first ten. */
function headersOf(grids: readonly Grid[], detections: readonly RoleDetection[]): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const grid of grids) {
    const detected = detections.find((d) => d.sheet === grid.name);
    const row = detected ? grid.rows[detected.headerRow] : grid.rows.slice(0, 10).find((r) => r.some((v) => v !== null && v !== ''));
    headers[grid.name] = (row ?? []).map((v) => (v === null ? '' : String(v)));
  }
  return headers;
}

export function createOfficeApi(lang: Lang, run: HostRun = excelRun()): TaskpaneApi {
  const readGridsAndNames = (): Promise<{ grids: Grid[]; sheets: string[] }> =>
    run(async (context) => {
      const read = await readWorkbook(context);
      return { grids: read.grids, sheets: read.sheets.filter((s) => !s.own && s.visibility === 'Visible').map((s) => s.name) };
    });

  const write = (tables: readonly SheetTable[], activate: SheetTable['kind'], options: WriteOptions = {}): Promise<string[]> =>
    run(async (context) => (await writeTables(context, tables, { ...options, activate })).sheetsWritten);

  return {
    async detect(overrides: MappingOverrides): Promise<WorkbookSurvey> {
      const { grids, sheets } = await readGridsAndNames();
      const policy = presetFor(defaultPresetId);
      if (!policy) throw new Error(`preset ${defaultPresetId} missing`);
      const team = readTeam(grids, { policy, overrides });
      return { sheets, headers: headersOf(grids, team.detections), detections: team.detections, months: team.monthsSeen, problems: team.problems };
    },

    // One path for the month close, the pane's and the adapter's: read, close and write in one Excel.run.
    close: (month, preset, overrides, onProgress: (step: CloseStep) => void) => run((context) => closeMonthInExcel(context,
      { ...(month ? { month } : {}), preset, overrides, lang },
      async (step) => { onProgress(step); await paint(); },
      { activate: 'scorecard' })),

    selectCell: (ref: CellRef) => run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRangeByIndexes(ref.row, ref.col, 1, 1).select();
      await context.sync();
    }),

    async insertTemplate() {
      const { grids } = await readGridsAndNames();
      const found = new Set(detectSheets(grids, {}).detections.map((d) => d.role));
      const names = new Set(grids.map((g) => g.name));
      const wanted = roles.filter((role) => !found.has(role)).map((role) => templateSheets[role])
        .filter((t) => !names.has(t.name));
      return run(async (context) => {
        for (const t of wanted) {
          const sheet = context.workbook.worksheets.add(t.name);
          sheet.getRangeByIndexes(0, 0, 1, t.headers.length).values = [[...t.headers]];
          sheet.freezePanes.freezeRows(1);
        }
        await context.sync();
        return wanted.map((t) => t.name);
      });
    },

    async openPolicySheet(preset: PresetId) {
      const exists = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(ownSheetNames.policy);
        sheet.load('isNullObject');
        await context.sync();
        if (!sheet.isNullObject) sheet.activate();
        await context.sync();
        return !sheet.isNullObject;
      });
      const policy = presetFor(preset);
      if (exists || !policy) return;
      const table: SheetTable = { name: ownSheetNames.policy, kind: 'policy', hidden: false, rows: policyToRows(policy), highlights: [], headerRows: 1 };
      await write([table], 'policy');
    },

    loadMapping: () => run(async (context: HostContext) => {
      const item = context.workbook.settings.getItemOrNullObject(mappingSettingKey);
      item.load('value');
      await context.sync();
      return item.isNullObject ? {} : parseMapping(item.value);
    }),

    saveMapping: (mapping: MappingOverrides) => run(async (context) => {
      context.workbook.settings.add(mappingSettingKey, JSON.stringify(mapping));
      await context.sync();
    }),
  };
}
