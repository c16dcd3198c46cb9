/**
 * Rows grouped by person once, in their order: filtering a whole ledger per person is quadratic
 * (1,000 people × 100,000 ledger rows), and every module that works per person needs this.
 * @example groupByName([{ name: '张三' }, { name: '李四' }, { name: '张三' }]).get('张三')?.length === 2
 */
export function groupByName<T extends { readonly name: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  // An index loop: this generic for-of made an iterator result per row.
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as T;
    const group = groups.get(row.name);
    if (group === undefined) groups.set(row.name, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * The indices 0 … count-1 grouped by a key, each group in index order (the groups in the order their
 * keys first come): for sorting or ranking within groups without copying the rows.
 * @example indicesByKey(3, (i) => ['a', 'b', 'a'][i]).get('a') → [0, 2]
 */
export function indicesByKey<K>(count: number, keyOf: (index: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (let i = 0; i < count; i += 1) {
    const key = keyOf(i);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  return groups;
}
