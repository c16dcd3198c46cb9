import { rulesForType } from '../../../src/engine/incidents/classify';
import { ecommercePreset } from '../../../src/engine/policy';
import type { Policy } from '../../../src/engine/policy/types';

describe('incident type mapping', () => {
  it('Q3/F1: 服务态度投诉 contains 服务态度, so one row costs points and a fine', () => {
    expect(rulesForType('服务态度投诉', ecommercePreset)).toEqual(['Q3', 'F1']);
  });

  it('F1b: a team that chose the doubling ladder gets F1b instead of F1', () => {
    const policy: Policy = { ...ecommercePreset, complaintFineRule: 'F1b' };
    expect(rulesForType('买家投诉', policy)).toEqual(['Q3', 'F1b']);
  });

  it('a type hitting two words of one mapping, or two mappings with the same rule, fires each rule once', () => {
    expect(rulesForType('服务态度 客户投诉', ecommercePreset)).toEqual(['Q3', 'F1']);
    const policy: Policy = { ...ecommercePreset, incidentTypes: [...ecommercePreset.incidentTypes, { words: ['差评'], rules: ['Q3'] }] };
    expect(rulesForType('服务态度差评', policy)).toEqual(['Q3', 'F1']);
  });

  it('F2/F4: types are matched by contained words, after trimming', () => {
    expect(rulesForType('  交接未录入 ', ecommercePreset)).toEqual(['F2']);
    expect(rulesForType('上班玩游戏', ecommercePreset)).toEqual(['F4']);
    expect(rulesForType('周报不足200字', ecommercePreset)).toEqual(['F3']);
  });

  it('an unmapped or blank type fires nothing', () => {
    expect(rulesForType('迟交发票', ecommercePreset)).toEqual([]);
    expect(rulesForType('  ', ecommercePreset)).toEqual([]);
  });
});
