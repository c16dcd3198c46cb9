/**
 * A team workbook holding September and October 2026 in the same sheets (long rota, attendance,
 * daily sales, incidents), dressed the way real sheets are (bold header, fills, widths, a merged
 * title, a hidden note row, a formula, number formats), for the lossless tests.
 *
 * Hand-worked: September — 张三 late 08:10 on 09-08 (A1 0.5), sales 张三 8000, 李四 6000 → 张三 first
 * (K4 50). October — nobody late, sales 李四 9000, 张三 7000 → 李四 first (streak 1, K4 50).
 */
import ExcelJS from 'exceljs';
import { buildWorkbook, dateCell, timeCell, type SheetSpec, type Written } from '../../src/cli/samples/kit';
import { daysInMonth } from '../../src/engine/time';

const names = ['张三', '李四'] as const;
const months = [9, 10] as const;
const restDays = (name: string): number[] => (name === '张三' ? [6, 13, 20] : [7, 14, 21]);

function monthRows(month: number, each: (name: string, day: number) => Written[] | null): Written[][] {
  const rows: Written[][] = [];
  for (const name of names) for (let day = 1; day <= daysInMonth(2026, month); day++) {
    const row = each(name, day);
    if (row) rows.push(row);
  }
  return rows;
}

export function twoMonthsWorkbook(): ExcelJS.Workbook {
  const sheets: SheetSpec[] = [
    { name: '员工', rows: [['姓名', '底薪'], ['张三', 3000], ['李四', 3000]], boldRows: [1], widths: [12, 10] },
    {
      name: '排班',
      rows: [['姓名', '日期', '班次'], ...months.flatMap((m) => monthRows(m, (name, day) => [name, dateCell(2026, m, day), restDays(name).includes(day) ? '休' : '早班']))],
      boldRows: [1],
    },
    {
      name: '考勤',
      rows: [
        ['2026年9—10月考勤'],
        ['姓名', '日期', '上班', '下班'],
        ...months.flatMap((m) => monthRows(m, (name, day) => (restDays(name).includes(day) ? null
          : [name, dateCell(2026, m, day), m === 9 && name === '张三' && day === 8 ? timeCell(8, 10) : timeCell(7, 55), timeCell(17, 35)]))),
      ],
      merges: ['A1:D1'],
      boldRows: [1, 2],
      widths: [10, 14, 8, 8],
    },
    {
      name: '销售',
      rows: [
        ['日期', '姓名', '询单人数', '成交人数', '销售额'],
        [dateCell(2026, 9, 15), '张三', 100, 80, 8000],
        [dateCell(2026, 9, 15), '李四', 100, 60, 6000],
        [dateCell(2026, 10, 15), '张三', 100, 70, 7000],
        [dateCell(2026, 10, 15), '李四', 100, 90, 9000],
      ],
    },
    { name: '事件', rows: [['日期', '姓名', '类型'], [dateCell(2026, 9, 3), '李四', '卫生未值日'], [dateCell(2026, 10, 3), '张三', '卫生未值日']] },
  ];
  const workbook = buildWorkbook(sheets);
  // Dress the inputs: a fill, a money format and a formula total on 销售, a hidden note row on 员工.
  const sales = workbook.getWorksheet('销售');
  if (sales) {
    sales.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    sales.getColumn(5).numFmt = '#,##0.00';
    sales.getCell('G1').value = '合计';
    sales.getCell('H1').value = { formula: 'SUM(E2:E5)', result: 30000 };
  }
  const staff = workbook.getWorksheet('员工');
  if (staff) {
    staff.getCell('A5').value = '备注：李四 10 月起调组';
    staff.getRow(5).hidden = true;
  }
  return workbook;
}
