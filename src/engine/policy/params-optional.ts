/**
 * Rows of the 制度参数 sheet for optional policy fields that only some presets set (物业客服): the
 * score ceiling (B10 praise) and the early-arrival flag (B11). A preset without the field shows no
 * row, so the 电商客服 sheet stays as it was; a preset with it shows and reads the row.
 */
import { countCodec, fail, isBlank, numberCodec, ok, ruleIdCodec, splitList, textOf, type Codec } from './params-codecs';
import type { ParamDef } from './params-defs';
import type { AttendanceParams, Policy } from './types';

/** A number, or blank / 无 for "no ceiling". */
const ceilingCodec: Codec<number | null> = {
  hint: '数字；不填或写“无”表示表扬加分可以超过基础分',
  write: (value) => (value === null ? '无' : value),
  read: (cell) => (isBlank(cell) ? ok(null) : numberCodec.read(cell)),
};

type EarlyArrival = NonNullable<AttendanceParams['earlyArrival']>;

/** `10, B11`: minutes before the shift start, and the rule id; blank or 无 turns the check off. */
const earlyArrivalCodec: Codec<EarlyArrival | null> = {
  hint: '提前到岗分钟数, 规则编号，如 10, B11；不填表示不检查',
  write: (value) => (value === null ? '无' : `${value.minutesBefore}, ${value.rule}`),
  read: (cell) => {
    if (isBlank(cell)) return ok(null);
    const [minutes, rule, ...rest] = splitList(textOf(cell).replace(/\s+/g, ','));
    const readMinutes = countCodec.read(minutes?.replace(/分钟$/, '') ?? null);
    const readRule = ruleIdCodec.read(rule ?? null);
    if (!readMinutes.ok || !readRule.ok || rest.length > 0) return fail('policy.params.badEarlyArrival');
    return ok({ minutesBefore: readMinutes.value, rule: readRule.value });
  },
};

const ceilingDef: ParamDef = {
  key: 'score.ceiling', rule: 'B10', zh: '最高分（表扬加分封顶）', en: 'Highest score (cap on praise)', hint: ceilingCodec.hint,
  write: (p) => ceilingCodec.write(p.score.ceiling ?? null),
  apply: (p, cell) => {
    const read = ceilingCodec.read(cell);
    return read.ok ? ok({ ...p, score: { ...p.score, ceiling: read.value } }) : read;
  },
};

const earlyArrivalDef: ParamDef = {
  key: 'attendance.earlyArrival', rule: 'B11', zh: '提前到岗交接（分钟, 规则）', en: 'Early arrival for handover (minutes, rule)',
  hint: earlyArrivalCodec.hint,
  write: (p) => earlyArrivalCodec.write(p.attendance.earlyArrival ?? null),
  apply: (p, cell) => {
    const read = earlyArrivalCodec.read(cell);
    return read.ok ? ok({ ...p, attendance: { ...p.attendance, earlyArrival: read.value } }) : read;
  },
};

/**
 * The optional rows the policy has a field for (undefined means the preset never set it).
 * @example optionalDefs(propertyPreset).map((d) => d.key) → ['score.ceiling', 'attendance.earlyArrival']
 * @example optionalDefs(ecommercePreset) → []
 */
export function optionalDefs(policy: Policy): ParamDef[] {
  const defs: ParamDef[] = [];
  if (policy.score.ceiling !== undefined) defs.push(ceilingDef);
  if (policy.attendance.earlyArrival !== undefined) defs.push(earlyArrivalDef);
  return defs;
}
