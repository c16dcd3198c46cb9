/** Bundles test/browser/host-double.ts into one script the browser test serves in place of office.js. */
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: 'development',
  devtool: false,
  context: root,
  entry: './test/browser/host-double.ts',
  output: { path: path.join(root, 'dist/browser-test'), filename: 'host-double.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{
      test: /\.ts$/,
      loader: 'ts-loader',
      options: { configFile: path.join(root, 'tsconfig.json'), transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
    }],
  },
  performance: { hints: false },
};
