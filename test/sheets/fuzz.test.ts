import fc from 'fast-check';
import type { CellValue } from '../../src/engine/cells';
import { ecommercePreset } from '../../src/engine/policy';
import type { Problem } from '../../src/engine/result';
import { messages } from '../../src/messages';
import { detectSheets, readHistory, readTeam, type Grid, type MappingOverrides } from '../../src/sheets';
import { fieldSynonyms } from '../../src/sheets/synonyms';

// Headers drawn from the real synonyms (so readers actually run) mixed with junk.
const headerWords = [...new Set(Object.values(fieldSynonyms).flatMap((fields) => Object.values(fields).flat()))];
const sheetNames = ['员工', '排班', '考勤', '销售', '订单', '事件', '客服绩效', '每日统计', '计分表', 'Sheet1', '月结历史', '2026年10月排班'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 60000 }),
  fc.double({ min: 0, max: 2 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '合计', '汇总值', '张三', '小美', '店铺:小美', '2026-10-03', '10月3日', '8:05', '8点', '次日 01:00', '#N/A', '延迟统计', '¥1,234', '12%', '早', '休', '是', '事假', '24:00', '2026-11-02 星期一'),
  fc.constantFrom(...headerWords),
);
const row = fc.array(cell, { maxLength: 9 });
const gridArb: fc.Arbitrary<Grid> = fc.record({
  name: fc.oneof(fc.constantFrom(...sheetNames), fc.string({ maxLength: 6 })),
  rows: fc.array(row, { maxLength: 14 }),
  hiddenRows: fc.array(fc.integer({ min: -2, max: 16 }), { maxLength: 3 }),
});
const overridesArb: fc.Arbitrary<MappingOverrides> = fc.record({
  roles: fc.dictionary(fc.constantFrom('staff', 'rota', 'attendance', 'sales', 'incidents'), fc.constantFrom(...sheetNames)),
  columns: fc.dictionary(fc.constantFrom('attendance', 'sales', 'incidents'), fc.dictionary(fc.constantFrom('name', 'date', 'in', 'out', 'amount', 'type'), fc.integer({ min: -1, max: 12 }))),
}, { requiredKeys: [] });

// Grids with a real header for a role (a random pick of its fields, in random order) over random
// rows, so the readers' value paths run, not only detection.
const roleGrid: fc.Arbitrary<Grid> = fc.constantFrom(...Object.keys(fieldSynonyms) as (keyof typeof fieldSynonyms)[]).chain((role) => {
  const fields = Object.values(fieldSynonyms[role]);
  return fc.record({
    name: fc.constantFrom(...sheetNames),
    rows: fc.tuple(
      fc.shuffledSubarray(fields, { minLength: 2 }).chain((picked) => fc.tuple(...picked.map((synonyms) => fc.constantFrom(...synonyms)))),
      fc.array(row, { maxLength: 10 }),
    ).map(([header, data]): CellValue[][] => [header, ...data]),
    hiddenRows: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 2 }),
  });
});

/** Every problem's cell exists in its grid: row within the sheet, column within that row or the widest row. */
function cellsExist(problems: readonly Problem[], grids: readonly Grid[]): void {
  for (const p of problems) {
    expect(messages[p.code]).toBeDefined();
    if (!p.cell) continue;
    const { sheet, row, col } = p.cell;
    const grid = grids.find((g) => g.name === sheet);
    expect(grid).toBeDefined();
    if (!grid) continue;
    const widest = Math.max(0, ...grid.rows.map((r) => r.length));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(grid.rows.length);
    expect(col).toBeGreaterThanOrEqual(0);
    expect(col < (grid.rows[row]?.length ?? 0) || col < widest).toBe(true);
  }
}

describe('fuzz: random grids never throw, and every problem points at a real cell (issue 5)', () => {
  it('§1: detectSheets and readTeam on random grids', () => {
    fc.assert(fc.property(fc.array(gridArb, { maxLength: 5 }), overridesArb, fc.option(fc.constantFrom('2026-10', '2026-1', 'bad')), (grids, overrides, month) => {
      const unique = grids.filter((g, i) => grids.findIndex((o) => o.name === g.name) === i);
      cellsExist(detectSheets(unique, overrides).problems, unique);
      const team = readTeam(unique, { policy: ecommercePreset, overrides, ...(month === null ? {} : { month }) });
      cellsExist(team.problems, unique);
      for (const d of team.detections) expect(d.confidence).toBeGreaterThanOrEqual(0);
      for (const d of team.detections) expect(d.confidence).toBeLessThanOrEqual(1);
    }), { numRuns: 300 });
  });

  it('§1: readTeam on sheets with real headers over random rows', () => {
    fc.assert(fc.property(fc.array(roleGrid, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom('2026-10', '2026-02')), (grids, month) => {
      const unique = grids.filter((g, i) => grids.findIndex((o) => o.name === g.name) === i);
      const team = readTeam(unique, { policy: ecommercePreset, ...(month === null ? {} : { month }) });
      cellsExist(team.problems, unique);
      for (const a of team.attendance) expect(a.inMinute === null || Number.isInteger(a.inMinute)).toBe(true);
      for (const f of team.salesFigures) expect(f.amountFen === null || Number.isSafeInteger(f.amountFen)).toBe(true);
    }), { numRuns: 300 });
  });

  it('§4: readHistory on random grids', () => {
    fc.assert(fc.property(gridArb, (grid) => {
      const withHeader = { ...grid, rows: [['月份', '姓名', '得分', '结论', '销售排名', '连续第一', '制度'], ...grid.rows] };
      cellsExist(readHistory(grid).problems, [grid]);
      cellsExist(readHistory(withHeader).problems, [withHeader]);
    }), { numRuns: 200 });
  });
});
