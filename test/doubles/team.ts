/** Generated team workbooks for adapter and function tests. */
import type { HostValue } from '../../src/io/office/host';

/** A team's input sheets: staff, rota (wide) and a month of attendance for `people` people. */
export function teamSheets(people: number): { name: string; rows: HostValue[][] }[] {
  const names = Array.from({ length: people }, (_, i) => `客服${i + 1}`);
  const days = Array.from({ length: 31 }, (_, d) => d + 1);
  return [
    { name: '员工', rows: [['姓名', '底薪'], ...names.map((n) => [n, 3000])] },
    { name: '排班', rows: [['姓名', ...days], ...names.map((n) => [n, ...days.map((d) => (d % 7 === 0 ? '休' : '早'))])] },
    { name: '考勤', rows: [['姓名', '日期', '上班', '下班'], ...names.flatMap((n) => days.map((d) => [n, 46295 + d, 8 / 24 + (d === 3 ? 0.01 : 0), 17.5 / 24]))] },
  ];
}

