import { fill } from '../../src/messages/catalog';
import { message } from '../../src/messages';

describe('fill: templates cut once, filled per call', () => {
  it('fills every param, repeated or adjacent, and leaves the text around them', () => {
    expect(fill('迟到 {minutes} 分钟', { minutes: 12 })).toBe('迟到 12 分钟');
    expect(fill('{a}{b}-{a}', { a: 'x', b: 2 })).toBe('x2-x');
    expect(fill('no params', { a: 1 })).toBe('no params');
  });

  it('keeps a missing param visible, and fills the same template differently on the next call', () => {
    expect(fill('{name} 第 {nth} 次', { name: '张三' })).toBe('张三 第 {nth} 次');
    expect(fill('{name} 第 {nth} 次', { name: '李四', nth: 3 })).toBe('李四 第 3 次');
  });

  it('leaves braces that are not a param name alone', () => {
    expect(fill('{ a } {} {a-b} {a}', { a: 1 })).toBe('{ a } {} {a-b} 1');
  });

  it('words a catalogue message the same in both languages each time', () => {
    const first = message('report.outsideMonth', { sheet: '考勤', count: 3, first: '2026-09-30', month: '2026-10' }, 'zh');
    expect(first).toContain('考勤');
    expect(first).toContain('2026-09-30');
    expect(message('report.outsideMonth', { sheet: '考勤', count: 3, first: '2026-09-30', month: '2026-10' }, 'zh')).toBe(first);
  });
});
