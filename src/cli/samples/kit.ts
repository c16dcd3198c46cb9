/**
 * Small helpers to write realistic team workbooks with ExcelJS, deterministically: fixed document
 * dates and fixed zip entry times, so that building the same workbook twice gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { daySerialFromYmd } from '../../engine/time';

/** A value with a number format (real Excel dates and times are numbers with a format). */
export interface Formatted {
  readonly value: number;
  readonly numFmt: string;
}

export type Written = string | number | boolean | null | Formatted;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Written[])[];
  readonly hidden?: boolean;
  /** Ranges to merge, e.g. 'A1:AF1' for a title row. */
  readonly merges?: readonly string[];
  readonly widths?: readonly number[];
  /** 1-based rows to set bold (headers, titles). */
  readonly boldRows?: readonly number[];
}

/** The moment written into every generated file's properties (and zip entries). */
export const fixedStamp = new Date(Date.UTC(2026, 10, 1, 9, 0, 0));

/** An Excel date cell. @example dateCell(2026, 10, 3) → { value: 46298, numFmt: 'yyyy-mm-dd' } */
export function dateCell(year: number, month: number, day: number): Formatted {
  return { value: daySerialFromYmd(year, month, day), numFmt: 'yyyy-mm-dd' };
}

/** An Excel time-of-day cell. @example timeCell(8, 30, 59) is 08:30:59 as a fraction of a day */
export function timeCell(hour: number, minute: number, second = 0): Formatted {
  return { value: (hour * 3600 + minute * 60 + second) / 86400, numFmt: second === 0 ? 'hh:mm' : 'hh:mm:ss' };
}

/** A full date-time cell (the day serial plus the time fraction); hour may pass 24 for the next day. */
export function dateTimeCell(year: number, month: number, day: number, hour: number, minute: number): Formatted {
  const value = daySerialFromYmd(year, month, day) + (hour * 60 + minute) / 1440;
  return { value, numFmt: 'yyyy-mm-dd hh:mm' };
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof value === 'object') {
        cell.value = value.value;
        cell.numFmt = value.numFmt;
      } else {
        cell.value = value;
      }
    });
  });
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  (spec.widths ?? []).forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const r of spec.boldRows ?? []) sheet.getRow(r).font = { bold: true };
}

/** Builds a workbook from sheet specs, with fixed document properties. */
export function buildWorkbook(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '客服月结 sample';
  workbook.lastModifiedBy = '客服月结 sample';
  workbook.created = fixedStamp;
  workbook.modified = fixedStamp;
  for (const spec of sheets) writeSheet(workbook, spec);
  return workbook;
}

// MS-DOS date and time of fixedStamp (2026-11-01 09:00:00), as zip headers store them.
const dosTime = (9 << 11) | (0 << 5) | 0;
const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 1;

/**
 * Rewrites every zip entry's modification time to the fixed stamp. JSZip (inside ExcelJS) stamps
 * entries with the current time, which would make each build differ by a few bytes.
 */
export function stabilizeZip(buffer: Buffer): Buffer {
  const out = Buffer.from(buffer);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) break;
    out.writeUInt16LE(dosTime, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(dosTime, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** The workbook as xlsx bytes, byte-stable across runs. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const raw = await workbook.xlsx.writeBuffer();
  return stabilizeZip(Buffer.from(raw as ArrayBuffer));
}
