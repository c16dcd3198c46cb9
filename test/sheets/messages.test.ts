import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ecommercePreset } from '../../src/engine/policy';
import { describeProblem } from '../../src/messages';
import { sheetsMessages } from '../../src/messages/sheets';
import { readTeam } from '../../src/sheets';
import { grid } from './fixtures';

const sourceDir = join(__dirname, '../../src/sheets');
const source = readdirSync(sourceDir).map((file) => readFileSync(join(sourceDir, file), 'utf8')).join('\n');
const roles = ['staff', 'rota', 'attendance', 'sales', 'incidents'];

describe('sheets message catalogue', () => {
  const literalCodes = [...source.matchAll(/'(sheets\.[A-Za-z.]+)'/g)].map((m) => m[1] ?? '');
  const roleCodes = roles.flatMap((role) => [`sheets.missingColumns.${role}`, `sheets.roleNotFound.${role}`]);
  const parseCodes = ['sheets.badDate', 'sheets.dateNeedsYear', 'sheets.badTime', 'sheets.timeOtherDay', 'sheets.excelError', 'sheets.notYetCounted', 'sheets.badNumber', 'sheets.negativeNotAllowed', 'sheets.countNotWhole', 'sheets.moneyTooManyDecimals', 'sheets.amountTooLarge', 'sheets.badYesNo'];

  it.each([...new Set([...literalCodes, ...roleCodes, ...parseCodes])])('%s has a Chinese and an English message', (code) => {
    const template = sheetsMessages[code];
    expect(template).toBeDefined();
    expect(template?.zh).toMatch(/[\u4e00-\u9fff]/u);
    expect(template?.en).toMatch(/[a-z]/);
  });

  it('§1: a bad time reads as the supervisor needs it: address, the value, what to write', () => {
    const team = readTeam([grid('考勤', [['姓名', '日期', '上班', '下班'], ['张三', '2026-10-01', '八点半', '17:30']])], { policy: ecommercePreset });
    const bad = team.problems.find((p) => p.code === 'sheets.badTime');
    expect(bad && describeProblem(bad)).toBe('考勤!C2 时间"八点半"无法识别，请写成 08:30 这样的格式。');
    expect(bad && describeProblem(bad, 'en')).toBe('考勤!C2 The time "八点半" cannot be read; write it like 08:30.');
  });

  it('§1: a missing column names the sheet, the header row and the words to use', () => {
    const team = readTeam([grid('考勤', [['姓名', '日期', '备注']])], { policy: ecommercePreset });
    const missing = team.problems.find((p) => p.code === 'sheets.missingColumns.attendance');
    expect(missing && describeProblem(missing)).toBe(
      '考勤!A1 考勤表"考勤"第1行是表头，但找不到"上班"列（可写作：上班、签到、上班打卡、上班1打卡时间）。请把该列表头改成其中之一，或在映射里指定哪一列是"上班"。',
    );
  });
});
