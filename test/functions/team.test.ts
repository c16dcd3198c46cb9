import { join } from 'path';
import { monthClose } from '../../src/app/monthClose';
import { readWorkbookFile } from '../../src/io/xlsx';
import { commissionOf, conversionRate, finesTotal, score } from '../../src/functions/functions';
import { cacheStats } from '../../src/functions/cache';
import { clearCloseCache } from '../../src/functions/team';
import { FunctionError } from '../../src/functions/errors';
import type { Grid } from '../../src/sheets';
import type { CellValue } from '../../src/engine/cells';
import { policyToRows } from '../../src/engine/policy/params';
import { ecommercePreset } from '../../src/engine/policy/ecommerce';
import { teamSheets } from '../doubles/team';

/** A sheet's rows as Excel passes a range to a custom function: a rectangle, blanks as ''. */
function rangeOf(grid: Grid | undefined): unknown[][] {
  if (!grid) throw new Error('sheet missing');
  const width = Math.max(...grid.rows.map((row) => row.length));
  return grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

describe('CS.SCORE, CS.FINES, CS.COMMISSION on the bundled sample (samples/客服部-2026-10.xlsx)', () => {
  let grids: Grid[] = [];
  beforeAll(async () => {
    grids = (await readWorkbookFile(join(__dirname, '../../samples/客服部-2026-10.xlsx'))).grids;
  });
  const sheet = (name: string): unknown[][] => rangeOf(grids.find((g) => g.name === name));

  it('V1/A1–A7/Q1–Q4, F1–F8, K1–K2: every person’s function results equal the month close’s figures', () => {
    const closed = monthClose(grids, {});
    expect(closed.ok).toBe(true);
    const people = closed.result?.people ?? [];
    expect(people).toHaveLength(12);
    const [attendance, incidents, rota, staff] = [sheet('考勤记录'), sheet('事件记录'), sheet('排班'), sheet('员工')];
    for (const person of people) {
      expect({ name: person.name, score: score(person.name, attendance, incidents, rota, staff) })
        .toEqual({ name: person.name, score: person.score });
      expect({ name: person.name, fines: finesTotal(person.name, incidents) }).toEqual({ name: person.name, fines: person.finesFen / 100 });
      const c = person.commission;
      const conversion = c.inquiries === null || c.buyers === null ? '' : conversionRate(c.buyers, c.inquiries);
      expect({ name: person.name, commission: commissionOf(c.salesFen / 100, conversion) })
        .toEqual({ name: person.name, commission: c.commissionFen / 100 });
    }
  });

  it('hand-worked figures (samples/README): 王小美 9, 吴昊 3.5, 张伟 0 (floor); 刘洋 fines 160', () => {
    const [attendance, incidents, rota, staff] = [sheet('考勤记录'), sheet('事件记录'), sheet('排班'), sheet('员工')];
    expect(score('王小美', attendance, incidents, rota, staff, '2026-10')).toBe(9);
    expect(score('吴昊', attendance, incidents, rota, staff)).toBe(3.5);
    expect(score('张伟', attendance, incidents, rota, staff)).toBe(0);
    expect(finesTotal('刘洋', incidents)).toBe(160);
  });

  it('the team\'s own 制度参数 range changes SCORE and FINES exactly as it changes the month close', () => {
    const rows = policyToRows(ecommercePreset).map((row) => [...row]);
    const set = (key: string, value: CellValue): void => { rows.find((row) => row[0] === key)![4] = value; };
    set('score.base', 12);
    set('F2.ladder', '40, 60, 90, 扣发工资, 自动离职');
    const policyGrid: Grid = { name: '制度参数', rows };
    const closed = monthClose([...grids, policyGrid], {});
    const [attendance, incidents, rota, staff] = [sheet('考勤记录'), sheet('事件记录'), sheet('排班'), sheet('员工')];
    const policy = rangeOf(policyGrid);
    const liu = closed.result!.people.find((p) => p.name === '刘洋')!;
    expect(score('王小美', attendance, incidents, rota, staff, undefined, policy)).toBe(11);
    expect(score('刘洋', attendance, incidents, rota, staff, undefined, policy)).toBe(liu.score);
    // 刘洋's handover misses (F2 30+50+80 → 40+60+90) cost 30 more than under the preset's 160.
    expect(finesTotal('刘洋', incidents, undefined, policy)).toBe(liu.finesFen / 100);
    expect(finesTotal('刘洋', incidents, undefined, policy)).toBe(190);
  });

  it('#VALUE! for a name that is on no sheet, and for a month with a typo', () => {
    const [attendance, incidents, rota] = [sheet('考勤记录'), sheet('事件记录'), sheet('排班')];
    expect(() => score('无名氏', attendance, incidents, rota)).toThrow(FunctionError);
    expect(() => score('无名氏', attendance, incidents, rota)).toThrow(/名单里没有“无名氏”/);
    expect(() => finesTotal('刘洋', incidents, '2026-13')).toThrow(/2026-10/);
    // nobody named 王小美 in the incident log: no incidents, no fines
    expect(finesTotal('王小美', incidents)).toBe(0);
    expect(() => score('王小美', 'A1' as unknown as unknown[][], incidents, rota)).toThrow(/应是一个区域/);
  });
});

describe('the close cache', () => {
  it('1,000 =CS.SCORE cells over the same ranges close the month once, whether Excel passes the same arrays or copies', () => {
    clearCloseCache();
    // 200 people, five cells each: the attendance range has 6,200 rows
    const sheets = teamSheets(200);
    const [staff, rota, attendance] = sheets.map((s) => s.rows);
    const incidents = [['日期', '姓名', '类型'], [46300, '客服7', '交接未录入']];
    const before = { ...cacheStats };
    const scores = Array.from({ length: 1000 }, (_, i) => score(`客服${(i % 200) + 1}`, attendance!, incidents, rota!, staff));
    expect(cacheStats.runs - before.runs).toBe(1);
    expect(cacheStats.fingerprints - before.fingerprints).toBe(4);
    // A1: each person is 14 minutes late once (10-03) → 9.5
    expect(new Set(scores)).toEqual(new Set([9.5]));
    const copies = [attendance, rota, staff].map((rows) => rows!.map((row) => [...row]));
    expect(score('客服1', copies[0]!, [...incidents], copies[1]!, copies[2]!)).toBe(9.5);
    expect(cacheStats.runs - before.runs).toBe(1);
  });

  it('a changed cell is a different range: the close runs again', () => {
    clearCloseCache();
    const [staff, rota, attendance] = teamSheets(3).map((s) => s.rows);
    const incidents = [['日期', '姓名', '类型'], [46300, '客服1', '未完成当日工作']];
    expect(score('客服1', attendance!, incidents, rota!, staff)).toBe(9);
    const changed = incidents.map((row) => [...row]);
    changed[1]![2] = '工作未完成';
    const runs = cacheStats.runs;
    changed.push([46301, '客服1', '未完成当日工作']);
    expect(score('客服1', attendance!, changed, rota!, staff)).toBe(8.5);
    expect(cacheStats.runs).toBe(runs + 1);
  });
});
