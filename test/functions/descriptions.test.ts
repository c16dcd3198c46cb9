import { readFileSync } from 'fs';
import { join } from 'path';
import { zhDescriptions } from '../../src/functions/descriptions.zh';
import { customFunctions } from '../../src/functions/functions';

const source = readFileSync(join(__dirname, '../../src/functions/functions.ts'), 'utf8');

/** id → parameter names, from the JSDoc blocks the metadata plugin reads. */
function jsdocFunctions(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /@customfunction\s+(\w+)/.exec(block)?.[1];
    if (!id) continue;
    found.set(id, [...block.matchAll(/@param\s+\[?(\w+)\]?/g)].map((m) => m[1]!));
  }
  return found;
}

describe('custom function metadata', () => {
  it('the ten ids of the issue are declared with @customfunction and registered for associate', () => {
    const ids = ['SCORE', 'VERDICT', 'LATE', 'CONVERSION', 'COMMISSION', 'AWARD', 'FINE', 'FINES', 'PAY', 'LOGISTICSPAY'];
    expect([...jsdocFunctions().keys()].sort()).toEqual([...ids].sort());
    expect(Object.keys(customFunctions).sort()).toEqual([...ids].sort());
  });

  it('every function and every parameter has a Chinese description', () => {
    for (const [id, params] of jsdocFunctions()) {
      const zh = zhDescriptions[id];
      expect(zh?.description).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(zh?.parameters ?? {}).sort()).toEqual([...params].sort());
    }
  });

  it('the metadata generator the build uses reads every function without an error; ranges are matrices, optional parameters optional', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require('custom-functions-metadata/lib/generate') as {
      generateCustomFunctionsMetadata(input: string[], console?: boolean): Promise<{ metadataJson: string; errors: string[] }> };
    const generated = await generateCustomFunctionsMetadata([join(__dirname, '../../src/functions/functions.ts')], false);
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as { functions: { id: string; parameters: { name: string; dimensionality?: string; optional?: boolean }[] }[] };
    const score = metadata.functions.find((f) => f.id === 'SCORE');
    expect(score?.parameters.map((p) => `${p.name}${p.dimensionality === 'matrix' ? '[][]' : ''}${p.optional ? '?' : ''}`))
      .toEqual(['name', 'attendance[][]', 'incidents[][]', 'rota[][]', 'staff[][]?', 'month?', 'policy[][]?']);
    expect(metadata.functions).toHaveLength(10);
  });

  it('functions.zh-CN.json (read by the build) is the table of descriptions.zh.ts', () => {
    const json: unknown = JSON.parse(readFileSync(join(__dirname, '../../src/functions/functions.zh-CN.json'), 'utf8'));
    expect(json).toEqual(zhDescriptions);
  });
});
