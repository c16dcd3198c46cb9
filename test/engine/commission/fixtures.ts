import { fen, type Fen } from '../../../src/engine/money';
import type { HistoryRecord, Person, SalesFigures, SalesOrder } from '../../../src/engine/model';
import { daySerialFromYmd } from '../../../src/engine/time';

export const oct = (day: number): number => daySerialFromYmd(2026, 10, day);

export function person(name: string, extra: Partial<Person> = {}): Person {
  return {
    name, aliases: [], id: null, role: '售前', level: 'senior', baseFen: fen(300000), group: null,
    expressRevenueFen: null, source: { sheet: '员工', row: 1, col: 0 }, ...extra,
  };
}

let row = 1;
export function figures(name: string, inquiries: number | null, buyers: number | null, amountFen: number | null, daySerial: number | null = null): SalesFigures {
  row += 1;
  return { name, daySerial, inquiries, buyers, amountFen: amountFen === null ? null : fen(amountFen), source: { sheet: '销售', row, col: 0 } };
}

export function order(name: string, amount: Fen | number, extra: Partial<SalesOrder> = {}): SalesOrder {
  row += 1;
  return {
    orderId: `O${row}`, name, daySerial: oct(5), amountFen: fen(amount), remarked: true, status: '已完成',
    sheet: '订单', row, col: 0, ...extra,
  };
}

export function firstIn(month: string, name: string, firstStreak: number, salesRank: number | null = 1): HistoryRecord {
  return { month, name, score: 10, verdict: 'ok', salesRank, firstStreak, preset: '电商客服' };
}
