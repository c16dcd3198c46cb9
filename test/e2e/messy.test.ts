/**
 * §2 names, §1 exports, STYLE money: glitches in the team's sheets come back as problems at their
 * cells, and cs-close prints each address (exit 0 when they are warnings, 1 when one is an error;
 * either way nothing throws and nothing is counted silently).
 */
import { existsSync } from 'node:fs';
import { cellAddress } from '../../src/engine/result';
import { buildMessyWorkbook } from '../fixtures/messy-2026-10';
import { pipelineOf, runClose, writeTemp } from './harness';

describe('a workbook with glitches', () => {
  const { workbook, cells } = buildMessyWorkbook();
  let input = '';

  beforeAll(async () => {
    input = await writeTemp(workbook, '小店-2026-10.xlsx');
  });

  it.each(Object.entries(cells))('%s: a problem at %s', async (_kind, address) => {
    const { problems } = await pipelineOf(input, '2026-10');
    expect(problems.filter((p) => p.cell !== undefined && cellAddress(p.cell) === address).length).toBeGreaterThan(0);
  }, 60000);

  it('cs-close prints every one of those addresses; an error stops the close with nothing written, else nothing is a silent zero', async () => {
    const closed = await runClose(input, ['--month', '2026-10']);
    expect(Object.values(cells).filter((address) => !closed.stderr.includes(address))).toEqual([]);
    expect([0, 1]).toContain(closed.code);
    if (closed.code === 1) {
      expect({ written: existsSync(closed.out), stdout: closed.stdout }).toEqual({ written: false, stdout: '' });
    } else {
      // K1: 延迟统计 is not a zero inquiry count; 临时工小王 is nobody.
      expect(closed.summary?.people.find((p) => p.name === '吴二')?.inquiries).not.toBe(0);
      expect(closed.summary?.people.map((p) => p.name).sort()).toEqual(['吴二', '周一', '郑三'].sort());
    }
  }, 60000);
});
