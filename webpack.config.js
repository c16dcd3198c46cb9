/**
 * Builds the Excel add-in into dist/addin: taskpane.html loading the custom functions bundle and
 * the task pane bundle in one page (shared runtime), functions.json generated from the JSDoc of
 * src/functions/functions.ts plus its Chinese twin functions.zh-CN.json, the icons, and
 * manifest.xml. A production build replaces every https://localhost:3000/ in the manifest with
 * ADDIN_PROD_URL and never needs development certificates.
 *
 *   npx webpack --mode production     (ADDIN_PROD_URL=https://addin.example.org/ to choose the host)
 *   npx webpack serve --mode development
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { sources } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const devUrl = 'https://localhost:3000/';
const defaultProdUrl = 'https://cs-month-close.example.com/';
const functionsEntry = './src/functions/functions.ts';
// Chinese names and descriptions for functions.zh-CN.json, keyed by function id (see zhMetadata).
const functionsZhTable = './src/functions/functions.zh-CN.json';

/** The production base URL, always ending in '/', so a plain string replace keeps paths intact. */
function prodUrl() {
  const url = process.env.ADDIN_PROD_URL || defaultProdUrl;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Manifest text for this build: development URLs in development, the production host otherwise.
 * A URL with a path takes the production base URL; a bare origin (AppDomain) takes its origin.
 */
function manifestFor(text, production) {
  if (!production) return text;
  return text.split(devUrl).join(prodUrl()).split(devUrl.slice(0, -1)).join(new URL(prodUrl()).origin);
}

/**
 * functions.zh-CN.json from functions.json: each function's description (and name, and parameter
 * descriptions, when the table gives them) swapped for the Chinese. The ids stay: Excel binds by id.
 * Table shape: { "CLOSEMONTH": { "name": "月结", "description": "…", "parameters": { "month": "…" } } }
 */
function zhMetadata(json, table) {
  const metadata = JSON.parse(json);
  for (const fn of metadata.functions || []) {
    const zh = table[fn.id];
    if (!zh) continue;
    if (zh.name) fn.name = zh.name;
    if (zh.description) fn.description = zh.description;
    for (const p of fn.parameters || []) {
      const text = zh.parameters && zh.parameters[p.name];
      if (text) p.description = text;
    }
  }
  return JSON.stringify(metadata, null, 2);
}

class ChineseFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChineseFunctionsMetadata', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChineseFunctionsMetadata', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 },
        (assets) => {
          const english = assets['functions.json'];
          if (!english) return;
          const tablePath = path.resolve(__dirname, functionsZhTable);
          compilation.fileDependencies.add(tablePath);
          const table = fs.existsSync(tablePath) ? JSON.parse(fs.readFileSync(tablePath, 'utf8')) : {};
          const text = zhMetadata(english.source().toString(), table);
          compilation.emitAsset('functions.zh-CN.json', new sources.RawSource(text));
        },
      );
    });
  }
}

/** HTTPS options for the dev server: office-addin-dev-certs, loaded only when serving. */
async function devHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error.message}); serving with a self-signed certificate.`);
    return { type: 'https' };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const haveFunctions = fs.existsSync(path.resolve(__dirname, functionsEntry));
  if (!haveFunctions) console.warn(`${functionsEntry} is missing: building the task pane without custom functions.`);
  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (haveFunctions) entry.functions = functionsEntry;
  return {
    mode: production ? 'production' : 'development',
    // Never eval in any build: Office's content security rules and review both dislike it.
    devtool: 'source-map',
    entry,
    // environment.globalThis: webpack's global shim is then `globalThis`, not `new Function('return this')`
    // (the bundle holds no eval-like code; test/security checks it).
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].js', clean: true, environment: { globalThis: true } },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // JSZip from its sources, not its prebuilt browser file: that one carries a setImmediate
      // polyfill built on `new Function` and importScripts (test/security forbids both);
      // src/io/package/immediate.ts gives browsers setImmediate instead. No Node streams in a pane.
      alias: { jszip$: path.resolve(__dirname, 'node_modules/jszip/lib/index.js'), setimmediate$: false },
      fallback: { stream: false },
    },
    module: {
      rules: [{
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: 'ts-loader',
        options: {
          configFile: path.resolve(__dirname, 'tsconfig.json'),
          // Types are checked by `npm run typecheck`; the bundle only needs JavaScript.
          transpileOnly: true,
          compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true, noEmit: false },
        },
      }],
    },
    performance: { hints: false },
    plugins: [
      ...(haveFunctions ? [new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionsEntry }),
        new ChineseFunctionsMetadataPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The functions bundle first: its CustomFunctions.associate calls must run before Excel asks.
        chunks: haveFunctions ? ['functions', 'taskpane'] : ['taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), production) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env && env.WEBPACK_SERVE ? await devHttps() : undefined,
      static: false,
    },
  };
};

module.exports.manifestFor = manifestFor;
module.exports.zhMetadata = zhMetadata;
module.exports.prodUrl = prodUrl;
