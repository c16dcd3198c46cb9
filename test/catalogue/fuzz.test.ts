/**
 * Issue 5 §4, beyond the catalogue: the clean team spoilt at random — random cells overwritten with
 * the kinds of mess the catalogue lists (and plain junk), rows duplicated, deleted, blanked, hidden
 * or pushed down under a title — through the whole month close. It never throws; every problem it
 * reports has both messages and, when it names a cell, a cell that exists; a close with an error
 * writes nothing. A few of these workbooks also go through cs-close as files.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/engine/cells';
import { monthClose } from '../../src/app/monthClose';
import { cellAddress } from '../../src/engine/result';
import { messages } from '../../src/messages';
import type { Grid } from '../../src/sheets';
import type { Written } from '../../src/cli/samples/kit';
import { inputSheetDifferences } from '../e2e/harness';
import { runWorkbook } from './run';
import { cleanTeam, teamWorkbook, type SheetDraft, type Team } from './team';

/** The opening words of the message cs-close prints when something inside it threw. */
const internalError = (messages['cli.internalError']?.zh ?? '').split('{')[0] ?? '';
const drafts = ['staff', 'rota', 'attendance', 'sales', 'incidents'] as const;

const messy: fc.Arbitrary<Written> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -100, max: 70000 }),
  fc.double({ min: -1, max: 3, noNaN: true }),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('8:05', '8点05', '08:05:30', '24:00', '25:61', '次日 01:00', '2026-10-05 08:05', '2026-09-30', '2026-02-30', '10月3日',
    '10/3', '2026-10-08 星期四', '1,234.50', '¥1,234', '１２３', '-5', '#N/A', '#VALUE!', '延迟统计', '中班', '休', '早', '晚班', '调休',
    '事假', '是', '否', '合计', '汇总值', '平均值', '姓名', '日期', '上班', '张 三', '張三', '小店：小张', '临时工', '穿拖鞋上班',
    '服务态度投诉', '千牛未登录', '=HYPERLINK("http://x","y")', '+1', '-1+1', '@SUM(A1)', ' ', '—', '1234.567', '9e99'),
);

type Mess =
  | { kind: 'set'; sheet: number; row: number; col: number; value: Written }
  | { kind: 'duplicate' | 'delete' | 'blank' | 'hide' | 'title'; sheet: number; row: number };

const mess: fc.Arbitrary<Mess> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), sheet: fc.nat(4), row: fc.nat(90), col: fc.nat(33), value: messy }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('duplicate', 'delete', 'blank', 'hide', 'title') as fc.Arbitrary<'duplicate' | 'delete' | 'blank' | 'hide' | 'title'>, sheet: fc.nat(4), row: fc.nat(90) }) },
);

function spoil(team: Team, messes: readonly Mess[]): Team {
  for (const m of messes) {
    const draft: SheetDraft = team[drafts[m.sheet] ?? 'attendance'];
    const row = draft.rows.length === 0 ? 0 : m.row % draft.rows.length;
    if (m.kind === 'set') {
      const cells = draft.rows[row] ?? [];
      while (cells.length <= m.col) cells.push(null);
      cells[m.col] = m.value;
      draft.rows[row] = cells;
    } else if (m.kind === 'duplicate') draft.rows.splice(row, 0, [...(draft.rows[row] ?? [])]);
    else if (m.kind === 'delete') draft.rows.splice(row, 1);
    else if (m.kind === 'blank') draft.rows.splice(row, 0, []);
    else if (m.kind === 'hide') draft.hiddenRows = [...(draft.hiddenRows ?? []), row + 1];
    else draft.rows.unshift(['2026年10月']);
  }
  return team;
}

const plain = (value: Written): CellValue => (value !== null && typeof value === 'object' ? value.value : value);

/** The team as the grids an adapter would hand over (merged tails and trailing blanks aside). */
function gridsOf(team: Team): Grid[] {
  return drafts.map((key) => {
    const draft = team[key];
    const hiddenRows = (draft.hiddenRows ?? []).map((r) => r - 1).filter((r) => r < draft.rows.length);
    return { name: draft.name, rows: draft.rows.map((row) => row.map(plain)), ...(hiddenRows.length > 0 ? { hiddenRows } : {}) };
  });
}

describe('random mess through the whole close (issue 5 §4)', () => {
  it('never throws; problems have both messages and cells that exist; an error means no tables', () => {
    fc.assert(fc.property(fc.array(mess, { minLength: 1, maxLength: 10 }), fc.boolean(), (messes, giveMonth) => {
      const grids = gridsOf(spoil(cleanTeam(), messes));
      const closed = monthClose(grids, giveMonth ? { month: '2026-10' } : {});
      for (const p of closed.problems) {
        expect(messages[p.code]?.zh && messages[p.code]?.en).toBeTruthy();
        if (!p.cell) continue;
        const grid = grids.find((g) => g.name === p.cell?.sheet);
        const width = Math.max(0, ...(grid?.rows ?? []).map((r) => r.length));
        expect({ address: cellAddress(p.cell), exists: grid !== undefined && p.cell.row < grid.rows.length && p.cell.col < width })
          .toEqual({ address: cellAddress(p.cell), exists: true });
      }
      const errors = closed.problems.some((p) => p.severity === 'error');
      expect(closed.ok).toBe(!errors && closed.month !== null);
      if (!closed.ok) expect(closed.tables).toEqual([]);
    }), { numRuns: 300, seed: 20261127 });
  }, 120000);

  it('through cs-close as files: exit 0 or 1, never a crash; the input file unchanged; exit 1 writes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mess, { minLength: 1, maxLength: 6 }), async (messes) => {
      const run = await runWorkbook(teamWorkbook(spoil(cleanTeam(), messes)), 'fuzz.xlsx', ['--month', '2026-10']);
      expect([0, 1]).toContain(run.code);
      expect(run.stderr).not.toContain(internalError);
      expect(run.inputUnchanged).toBe(true);
      expect(run.outExists).toBe(run.code === 0);
      if (run.code === 0) expect(await inputSheetDifferences(run.input, run.out)).toEqual([]);
    }), { numRuns: 12, seed: 5 });
  }, 180000);
});
