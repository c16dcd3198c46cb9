/** The build's own logic (webpack.config.js): the Chinese functions metadata and the production URL. */
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.resolve(__dirname, '../../webpack.config.js')) as {
  zhMetadata: (json: string, table: Record<string, unknown>) => string;
  prodUrl: () => string;
  manifestFor: (text: string, production: boolean) => string;
};

const english = JSON.stringify({
  functions: [
    { id: 'LATEPOINTS', name: 'LATEPOINTS', description: 'Points for a late arrival.', parameters: [{ name: 'minutes', description: 'Minutes late.' }] },
    { id: 'FUND', name: 'FUND', description: 'The department fund.', parameters: [] },
  ],
});

describe('add-in build', () => {
  test('functions.zh-CN.json swaps names and descriptions from the table and keeps the ids Excel binds to', () => {
    const zh = JSON.parse(config.zhMetadata(english, {
      LATEPOINTS: { name: '迟到扣分', description: '迟到的扣分（A1/A2）。', parameters: { minutes: '迟到分钟数' } },
    })) as { functions: { id: string; name: string; description: string; parameters: { description: string }[] }[] };
    expect(zh.functions[0]).toEqual({
      id: 'LATEPOINTS', name: '迟到扣分', description: '迟到的扣分（A1/A2）。', parameters: [{ name: 'minutes', description: '迟到分钟数' }],
    });
    // No Chinese given: the English stays rather than a blank.
    expect(zh.functions[1]).toEqual({ id: 'FUND', name: 'FUND', description: 'The department fund.', parameters: [] });
  });

  test('the production URL always ends in a slash and replaces the development one; AppDomain gets its origin', () => {
    const saved = process.env['ADDIN_PROD_URL'];
    process.env['ADDIN_PROD_URL'] = 'https://addin.example.org/cs';
    try {
      expect(config.prodUrl()).toBe('https://addin.example.org/cs/');
      expect(config.manifestFor('<a>https://localhost:3000/x.html</a><d>https://localhost:3000</d>', true))
        .toBe('<a>https://addin.example.org/cs/x.html</a><d>https://addin.example.org</d>');
      expect(config.manifestFor('<a>https://localhost:3000/x.html</a>', false)).toBe('<a>https://localhost:3000/x.html</a>');
    } finally {
      if (saved === undefined) delete process.env['ADDIN_PROD_URL'];
      else process.env['ADDIN_PROD_URL'] = saved;
    }
  });
});
