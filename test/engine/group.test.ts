import { groupByName, indicesByKey } from '../../src/engine/group';

describe('grouping rows once', () => {
  it('groups rows by name, each group in row order', () => {
    const rows = [{ name: '张三', n: 1 }, { name: '李四', n: 2 }, { name: '张三', n: 3 }];
    expect([...groupByName(rows)].map(([name, group]) => [name, group.map((r) => r.n)])).toEqual([['张三', [1, 3]], ['李四', [2]]]);
  });

  it('groups indices by key, keys in first-seen order, null a key like any other', () => {
    const keys = ['b', null, 'a', 'b', null];
    expect([...indicesByKey(keys.length, (i) => keys[i])]).toEqual([['b', [0, 3]], [null, [1, 4]], ['a', [2]]]);
    expect(indicesByKey(0, () => 'x').size).toBe(0);
  });
});
