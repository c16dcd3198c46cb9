/** A TaskpaneApi double that records calls and answers from fixed data (no Office). */
import type { CellRef } from '../../src/engine/result';
import { problem } from '../../src/engine/result';
import type { PresetId } from '../../src/engine/policy/types';
import type { CloseStep, CloseSummary, MappingOverrides, TaskpaneApi, WorkbookSurvey } from '../../src/taskpane/api';
import { closeSteps } from '../../src/taskpane/api';

export const sampleSurvey: WorkbookSurvey = {
  sheets: ['员工', '排班', '考勤', '销售', '事件', '备忘'],
  headers: { 考勤: ['姓名', '日期', '上班', '下班', '请假'], 备忘: ['姓名', '日期', '签到', '签退'] },
  detections: [
    { role: 'staff', sheet: '员工', headerRow: 0, columns: { name: 0 }, confidence: 1, layout: 'list' },
    { role: 'rota', sheet: '排班', headerRow: 1, columns: { name: 0 }, confidence: 0.9, layout: 'wide' },
    { role: 'attendance', sheet: '考勤', headerRow: 0, columns: { name: 0, date: 1, in: 2, out: 3 }, confidence: 0.75, layout: 'long' },
    { role: 'attendance', sheet: '备忘', headerRow: 0, columns: { name: 0, date: 1 }, confidence: 0.4, layout: 'long' },
    { role: 'sales', sheet: '销售', headerRow: 0, columns: { name: 1 }, confidence: 0.8, layout: 'daily' },
  ],
  months: ['2026-09', '2026-10'],
  problems: [problem('warning', 'sheets.test', {}, { sheet: '考勤', row: 13, col: 2 })],
};

export const sampleSummary: CloseSummary = {
  ok: true, month: '2026-10', people: 6, warnings: 1, penalties: 1, payActions: 2, finesFen: 123000, fundFen: 123000,
  sheetsWritten: ['计分表', '提成表', '罚款表', '明细'],
  problems: [
    problem('info', 'report.note', {}),
    problem('error', 'taskpane.selectFailed', { cell: 'X' }, { sheet: '事件', row: 6, col: 1 }),
    problem('warning', 'taskpane.selectFailed', { cell: 'Y' }, { sheet: '考勤', row: 13, col: 2 }),
  ],
};

export interface FakeApi extends TaskpaneApi {
  readonly calls: string[];
  readonly closeArgs: { month: string | null; preset: PresetId; overrides: MappingOverrides }[];
  readonly selected: CellRef[];
  readonly saved: MappingOverrides[];
  /** Resolve the pending close (it waits so a test can see the progress). */
  finishClose(): void;
}

export function fakeApi(options: { survey?: WorkbookSurvey; summary?: CloseSummary; mapping?: MappingOverrides; failClose?: string } = {}): FakeApi {
  const calls: string[] = [];
  const closeArgs: FakeApi['closeArgs'] = [];
  const selected: CellRef[] = [];
  const saved: MappingOverrides[] = [];
  let release: () => void = () => undefined;
  return {
    calls, closeArgs, selected, saved,
    finishClose: () => release(),
    async detect(overrides) { calls.push(`detect ${JSON.stringify(overrides)}`); return options.survey ?? sampleSurvey; },
    async close(month, preset, overrides, onProgress: (step: CloseStep) => void) {
      calls.push('close');
      closeArgs.push({ month, preset, overrides });
      onProgress('read');
      onProgress('detect');
      await new Promise<void>((resolve) => { release = resolve; });
      if (options.failClose) throw new Error(options.failClose);
      for (const step of closeSteps.slice(2)) onProgress(step);
      return options.summary ?? sampleSummary;
    },
    async selectCell(ref) { selected.push(ref); },
    async insertTemplate() { calls.push('insertTemplate'); return ['事件']; },
    async openPolicySheet(preset) { calls.push(`openPolicySheet ${preset}`); },
    async loadMapping() { calls.push('loadMapping'); return options.mapping ?? {}; },
    async saveMapping(mapping) { saved.push(mapping); },
  };
}
