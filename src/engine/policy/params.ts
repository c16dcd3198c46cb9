/**
 * The 制度参数 sheet: the policy as rows a supervisor can read and edit, and back. One row per
 * parameter: 编号 (a stable key such as 'score.base', 'late.bands', 'F2.ladder', 'types.Q3F1'),
 * 规则, 名称, Name, 值, 说明. The first data row names the preset the sheet starts from; every other
 * row overrides one value of it. A value that cannot be read is an error at its cell and the preset's
 * value stays; an unknown key is a warning.
 */
import type { CellValue } from '../cells';
import { problem, type Problem } from '../result';
import { textOf } from './params-codecs';
import { moneyDefs, scoreAndAttendanceDefs, type ParamDef } from './params-defs';
import { optionalDefs } from './params-optional';
import { newTypeDef, revertBadRowPoints, ruleDefs } from './params-rules';
import { defaultPresetId, presetFor, presetIds } from './presets';
import type { Policy } from './types';

export const paramsHeader = ['编号', '规则', '名称', 'Name', '值', '说明'] as const;
export const presetKey = 'preset';
const keyHeaders = ['编号', 'key'];
const valueHeaders = ['值', 'value'];

/** Every row definition of a policy, in sheet order. */
export function paramDefs(policy: Policy): ParamDef[] {
  return [...scoreAndAttendanceDefs, ...optionalDefs(policy), ...ruleDefs(policy), ...moneyDefs];
}

/**
 * The sheet's rows, header first, then the preset row, then one row per parameter.
 * @example policyToRows(ecommercePreset)[1] → ['preset', '', '预设', 'Preset', '电商客服', '可选：电商客服；…']
 *          … ['F2.ladder', 'F2', 'F2 第几次罚款/处理', …, '30, 50, 80, 扣发工资, 自动离职', …]
 */
export function policyToRows(policy: Policy): CellValue[][] {
  const presetRow: CellValue[] = [presetKey, '', '预设', 'Preset', policy.preset, `可选：${presetIds().join('、')}；其他参数在预设基础上修改`];
  return [
    [...paramsHeader],
    presetRow,
    ...paramDefs(policy).map((def): CellValue[] => [def.key, def.rule, def.zh, def.en, def.write(policy), def.hint]),
  ];
}

interface Layout { readonly headerRow: number; readonly keyCol: number; readonly valueCol: number }

/** The header within the first 10 rows, by its 编号 and 值 cells; columns may have been moved. */
function findLayout(rows: readonly (readonly CellValue[])[]): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 10); r += 1) {
    const cells = (rows[r] ?? []).map((c) => textOf(c).toLowerCase());
    const keyCol = cells.findIndex((c) => keyHeaders.includes(c));
    const valueCol = cells.findIndex((c) => valueHeaders.includes(c));
    if (keyCol >= 0 && valueCol >= 0) return { headerRow: r, keyCol, valueCol };
  }
  return null;
}

interface Entry { readonly row: number; readonly key: string; readonly value: CellValue }

function startingPolicy(entries: readonly Entry[], layout: Layout, sheet: string, problems: Problem[]): Policy {
  const fallback = presetFor(defaultPresetId)!;
  const entry = entries.find((e) => e.key === presetKey);
  if (!entry) {
    problems.push(problem('warning', 'policy.params.noPreset', { preset: defaultPresetId }));
    return fallback;
  }
  const named = presetFor(textOf(entry.value));
  if (named) return named;
  const cell = { sheet, row: entry.row, col: layout.valueCol };
  problems.push(problem('error', 'policy.params.badPreset', { value: textOf(entry.value), presets: presetIds().join('、'), preset: defaultPresetId }, cell));
  return fallback;
}

/** Applies each recognised row in order; a value that cannot be read keeps the value before it. */
function applyEntries(preset: Policy, entries: readonly Entry[], layout: Layout, sheet: string, problems: Problem[]): Policy {
  let policy = preset;
  const defs = new Map(paramDefs(preset).map((def) => [def.key, def]));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.key === presetKey) continue;
    const keyCell = { sheet, row: entry.row, col: layout.keyCol };
    if (seen.has(entry.key)) problems.push(problem('warning', 'policy.params.duplicateKey', { key: entry.key }, keyCell));
    seen.add(entry.key);
    const def = defs.get(entry.key) ?? newTypeDef(entry.key, policy);
    if (!def) {
      problems.push(problem('warning', 'policy.params.unknownKey', { key: entry.key }, keyCell));
      continue;
    }
    const applied = def.apply(policy, entry.value);
    if (applied.ok) policy = applied.value;
    else {
      const params = { key: def.key, label: def.zh, labelEn: def.en, value: textOf(entry.value), hint: def.hint };
      problems.push(problem('error', applied.code, params, { sheet, row: entry.row, col: layout.valueCol }));
    }
  }
  return policy;
}

/**
 * The policy a 制度参数 sheet describes: its preset with each recognised row applied in order.
 * Cells are 0-based positions in `rows`, with `sheet` as the sheet name.
 * @example a row ['score.base', '', '', '', 12] → policy.score.base === 12; ['score.base', …, '十'] →
 *   an error at that 值 cell and score.base stays 10.
 */
export function policyFromRows(rows: readonly (readonly CellValue[])[], sheet: string): { policy: Policy; problems: Problem[] } {
  const problems: Problem[] = [];
  const found = findLayout(rows);
  if (!found) problems.push(problem('warning', 'policy.params.noHeader', { sheet }));
  const layout = found ?? { headerRow: -1, keyCol: 0, valueCol: 4 };
  const entries: Entry[] = rows.flatMap((cells, row) => {
    const key = textOf(cells[layout.keyCol] ?? null);
    return row > layout.headerRow && key !== '' ? [{ row, key, value: cells[layout.valueCol] ?? null }] : [];
  });
  const preset = startingPolicy(entries, layout, sheet, problems);
  const edited = applyEntries(preset, entries, layout, sheet, problems);
  // Q4-style rules are checked once all their rows are in, since min, default and max are three rows.
  const checked = revertBadRowPoints(edited, preset);
  for (const { id, key } of checked.reverted) {
    const entry = entries.filter((e) => e.key.startsWith(`${id}.`)).pop();
    const cell = entry ? { sheet, row: entry.row, col: layout.valueCol } : undefined;
    problems.push(problem('error', 'policy.rowPoints.outOfRange', { key, rule: id }, cell));
  }
  return { policy: checked.policy, problems };
}
