#!/usr/bin/env node
/**
 * `npm run build:cli`: bundles the command line (tools/cellule.ts) into plain JavaScript in
 * dist-cli/, the package's `bin`, so that it runs on Node 20 with no tsx and no dependency
 * installed. One flat folder:
 * - `cellule.mjs`, the entry: the help texts and the loader (tools/commands/loadBuilt.ts, in
 *   place of tools/commands/load.ts), nothing of the engine;
 * - `check.cjs`, `play.cjs`, ... (tools/commands/*.ts), each bundled whole with the engine it
 *   needs, so that a run reads two files; CommonJS, because Node 20 can give V8's code cache
 *   only to a script (vm.Script), not to a module;
 * - `analyseWorker.mjs`, the analyser's worker thread (tools/commands/analyse.ts finds it there).
 * Whole files start faster than a graph of shared chunks (one file to resolve and compile, not
 * five), at the cost of the engine being in several of them.
 * The licences of the bundled packages go to dist-cli/THIRD-PARTY-LICENSES.txt.
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist-cli');
const ZOD_CLASSIC = join(ROOT, 'node_modules', 'zod', 'v4', 'classic', 'external.js');

/**
 * zod's root exports one `z` object that holds everything (every locale, the JSON Schema
 * converters, ...), which a bundler cannot shake; read as a namespace import of the same
 * module, only what the engine calls is kept (about half the bundle, and its start time).
 * Same module, same code: this changes nothing but the bundle's size.
 */
const zodNamespace = {
  name: 'zod-namespace',
  setup(b) {
    b.onLoad({ filter: /[\\/](src|tools)[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const line = "import { z } from 'zod';";
      if (!text.includes(line)) return undefined;
      return { contents: text.replace(line, `import * as z from ${JSON.stringify(ZOD_CLASSIC)};`), loader: 'ts' };
    });
  },
};

/**
 * The pure layers have no module-level side effects (as vite.config.ts tells the app's bundler),
 * so a command keeps only what it uses of their public entries: `check` imports the decoder
 * from src/authoring, and must not keep the MSEL bridge's CSV parser with it.
 */
const PURE_LAYER = /[\\/]src[\\/](engine|workshop|authoring|store|theme)[\\/](?!.*\.worker\.ts$)/;
const pureLayers = {
  name: 'pure-layers',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'pure-layers') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'pure-layers' });
      if (resolved.errors.length > 0 || !PURE_LAYER.test(resolved.path)) return undefined;
      return { ...resolved, sideEffects: false };
    });
  },
};

/** The commands, each its own file (tools/commands/loadBuilt.ts loads `NAME.cjs`). */
const COMMANDS = ['analyse', 'check', 'msel', 'play', 'schema'];

/** The entry's loader of commands: the built one. */
const builtLoader = {
  name: 'built-loader',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/load$/ }, (args) => {
      if (!args.importer.endsWith(join('tools', 'cellule.ts'))) return undefined;
      return { path: join(ROOT, 'tools', 'commands', 'loadBuilt.ts') };
    });
  },
};

const common = {
  absWorkingDir: ROOT,
  outdir: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  entryNames: '[name]',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

const started = performance.now();
rmSync(OUT, { recursive: true, force: true });
const results = await Promise.all([
  build({
    ...common,
    entryPoints: { cellule: 'tools/cellule.ts', analyseWorker: 'tools/commands/analyseWorker.ts' },
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    plugins: [builtLoader, pureLayers, zodNamespace],
  }),
  build({
    ...common,
    entryPoints: Object.fromEntries(COMMANDS.map((name) => [name, `tools/commands/${name}.ts`])),
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    // The commands' import.meta.url (tools/paths.ts, the worker's file), as CommonJS knows it; import.meta.resolve serves tsx only.
    define: { 'import.meta.url': '__celluleFileUrl', 'import.meta.resolve': 'undefined' },
    // Strict, as the modules they were.
    banner: { js: '"use strict";var __celluleFileUrl=require("node:url").pathToFileURL(__filename).href;' },
    plugins: [pureLayers, zodNamespace],
  }),
]);
const result = { metafile: { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)), outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) } };
chmodSync(join(OUT, 'cellule.mjs'), 0o755);
writeFileSync(join(OUT, 'THIRD-PARTY-LICENSES.txt'), licences(result.metafile));

const files = readdirSync(OUT);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
process.stdout.write(`dist-cli/: ${files.length} files, ${(bytes / 1024).toFixed(0)} kB, in ${(performance.now() - started).toFixed(0)} ms\n`);

/** The licence text of every package the bundle holds code from. */
function licences(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  return [...packages]
    .sort()
    .map((name) => {
      const dir = join(ROOT, 'node_modules', name);
      const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
      const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : `(${license})`;
      return `${name}@${version} (${license})\n\n${text}\n`;
    })
    .join('\n' + '-'.repeat(72) + '\n\n');
}
