/** 个人月度报告 on the 物业客服 preset: B-rule deductions with their dates, praise, flags and ladder actions. */
import { closeMonth } from '../../src/engine/close';
import type { Person } from '../../src/engine/model';
import { fen } from '../../src/engine/money';
import { propertyPreset } from '../../src/engine/policy/property';
import { statementsTable } from '../../src/report/statements';
import { isLinkCell, isNumberCell, type ReportCell } from '../../src/report';
import type { CellValue } from '../../src/engine/cells';
import { incident } from '../engine/incidents/helpers';
import { oct, punch, rotaDay } from '../engine/attendance/fixtures';
import { SalesOrders } from '../../src/engine/orders';

const plain = (cell: ReportCell): CellValue => (isLinkCell(cell) ? cell.text : isNumberCell(cell) ? cell.number : cell);
const person: Person = { name: '王芳', aliases: [], id: null, role: '前台', level: null, baseFen: fen(300000), group: null,
  expressRevenueFen: null, source: null };

describe('个人月度报告 (物业客服)', () => {
  // B1 on the 5th (1), B11 on the 6th (flag), B7 ×3 (5, 5, 10 + warning), B10 praise −8: 21 − 8 = 13 → 87.
  const result = closeMonth({
    month: '2026-10', people: [person], salesFigures: [], salesOrders: new SalesOrders(), history: [],
    rota: [rotaDay('王芳', 5, '早'), rotaDay('王芳', 6, '早')],
    attendance: [punch('王芳', 5, '08:04', '17:30'), punch('王芳', 6, '07:56', '17:30')],
    incidents: [incident('王芳', 7, '私人电话'), incident('王芳', 8, '私人电话'), incident('王芳', 9, '私人电话'),
      incident('王芳', 10, '业主表扬', { points: 8 })],
  }, propertyPreset);
  const table = statementsTable(result, propertyPreset, '个人月度报告', 'zh');
  const rows = table.rows.map((row) => row.map(plain));

  it('B1, B7, B10 and the B11 flag are listed by date with their points; B11 is amber, the warning step red', () => {
    const listed = rows.filter((row) => typeof row[0] === 'number' && typeof row[1] === 'string' && row[4] === null).map((row) => [row[0], String(row[1]).split(' ')[0], row[2]]);
    expect(listed).toEqual([[oct(5), 'B1', 1], [oct(6), 'B11', null], [oct(7), 'B7', 5], [oct(8), 'B7', 5], [oct(9), 'B7', 10], [oct(10), 'B10', -8]]);
    const b11 = rows.findIndex((row) => String(row[1]).startsWith('B11'));
    expect(table.highlights).toContainEqual({ row: b11, tone: 'amber' });
    const warningFine = rows.findIndex((row) => row[4] === '警告');
    expect(rows[warningFine]?.slice(1, 5)).toEqual(['B7 打私人电话', 3, null, '警告']);
    expect(table.highlights).toContainEqual({ row: warningFine, tone: 'red' });
  });

  it('V1 on 100 points: base 100, 13 deducted, 87', () => {
    expect(rows.find((row) => row[0] === '基础分')).toEqual(['基础分', 100, '合计扣分', 13, '最终得分', 87]);
  });
});
