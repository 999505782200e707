#!/usr/bin/env node
// supv's own compiled code (lib/, from `tsc`) packed into a few files in
// lib/packed/, which bin/supv.js loads when they were made after lib/ was
// compiled. Node loads about 130 small ES modules one by one (each resolved,
// read, compiled and linked): at the start of every command, about a fifth of
// a cached lint of 10,000 records. Packed, they load in about half the time:
// a lint loads about twenty files; what a command loads only when it needs it
// (`build`'s renderer, `bundle`, `audit`) stays in files of its own. The small
// packages every lint loads (BUNDLED below) are copied in with it, their
// licences kept in lib/packed/THIRD-PARTY-LICENSES.txt; every other package
// is loaded from node_modules as it is. The worker threads' scripts
// (lib/cache/scan-worker.js, lib/load/worker.js) are packed too, apart from
// the CLI, as lib/packed/scan-worker.js and lib/packed/read-worker.js.
//
//   node scripts/pack.mjs        (npm run compile runs it after tsc)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'lib', 'packed');
// Made beside it and renamed into place, so that a run never sees half a pack; the files' names carry hashes, so a
// pack made afresh leaves no file of the last behind.
const making = path.join(root, 'lib', `.packed-${process.pid}`);
rmSync(making, { recursive: true, force: true });

/**
 * Packages copied into the pack: small, plain JavaScript, loaded by every
 * lint (from node_modules each is resolved and read file by file, a CommonJS
 * one also scanned for its exports). Everything else (Chromium's driver, the
 * PDF and signing libraries, Markdown, templates, the `yaml` parser, loaded
 * only when needed) stays in node_modules.
 */
const BUNDLED = ['commander', 'luxon', 'js-yaml', 'canonicalize', 'fastest-levenshtein', 'ajv-formats', 'fast-deep-equal'];
/** Ajv's own files that its compiled validators (lib/validate/validators.generated.js) call at run time; Ajv itself is not loaded. */
const AJV_RUNTIME = 'ajv/dist/runtime/';
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const onlyBundled = {
  name: 'only-bundled-packages',
  setup(builder) {
    // A bare name (a package or a Node built-in): from node_modules at run time unless it is one of BUNDLED.
    builder.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.includes(packageName(args.path)) || args.path.startsWith(AJV_RUNTIME) ? undefined : { path: args.path, external: true }));
    // The validators call Ajv's runtime through a require() of their own, which esbuild leaves alone; the global one it copies in.
    builder.onLoad({ filter: /[\\/]validate[\\/]validators\.generated\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/^const require = createRequire\(import\.meta\.url\);$/m, ''),
      loader: 'js',
    }));
  },
};

// What lint's cache is keyed by in the pack (src/cache/files.ts supvFingerprint): the compiled code packed, every file
// of lib/ by its path and content, in place of a look at each file's size and time on every run.
const packedFrom = createHash('sha256');
const hashFolder = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'packed' && !entry.name.startsWith('.packed-')) hashFolder(file);
    else if (entry.isFile() && entry.name.endsWith('.js')) packedFrom.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
};
hashFolder(path.join(root, 'lib'));

const options = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Same depth as lib/cli/, so that paths made from import.meta.url ('../../', src/util/package-files.ts) still name the package.
  outdir: making,
  plugins: [onlyBundled],
  // The packages' own licence comments kept, at the end of each file.
  legalComments: 'eof',
  define: { SUPV_PACKED_FROM: JSON.stringify(packedFrom.digest('base64')) },
  write: false,
  metafile: true,
  absWorkingDir: root,
  logLevel: 'error',
};
const cli = { ...options, entryPoints: [{ in: path.join(root, 'lib', 'cli', 'bin.js'), out: 'bin' }] };

/**
 * esbuild puts each module in a chunk by which of the entries reach it: the
 * CLI's, and every module loaded by `import()` (a command's, the cache's, the
 * renderer's). A module lint uses that `bundle` uses too lands in a chunk apart
 * from one only lint uses, and a lint loaded about fifty files. Every module
 * loaded by import() once lib/cli/main.js has loaded, and not already part of
 * main's own graph, is made to import main as well (a no-op when it runs:
 * main is loaded by then): main's whole graph is then reached by the same
 * entries, and is one chunk. What bin.js loads before main (the scan and
 * the read-ahead, so that their workers start early) is left as it is.
 */
function sharedWithMain(metafile) {
  const main = path.join('lib', 'cli', 'main.js');
  const bin = path.join('lib', 'cli', 'bin.js');
  const inMain = new Set();
  const visit = (file) => {
    if (inMain.has(file) || !metafile.inputs[file]) return;
    inMain.add(file);
    for (const imported of metafile.inputs[file].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(main);
  const early = new Set(metafile.inputs[bin].imports.map((imported) => imported.path));
  const later = new Set();
  for (const [file, { imports }] of Object.entries(metafile.inputs)) {
    for (const imported of imports) if (imported.kind === 'dynamic-import' && !imported.external && !inMain.has(imported.path) && !early.has(imported.path) && file !== bin) later.add(path.resolve(root, imported.path));
  }
  const mainFile = path.resolve(root, main);
  return {
    name: 'chunk-with-main',
    setup(builder) {
      builder.onLoad({ filter: /\.js$/ }, (args) => (later.has(args.path) ? { contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(mainFile)};\n`, loader: 'js', resolveDir: path.dirname(args.path) } : undefined));
    },
  };
}

const firstPass = await build(cli);
const packs = [
  await build({ ...cli, plugins: [...options.plugins, sharedWithMain(firstPass.metafile)] }),
  // The worker threads' scripts (src/util/package-files.ts workerFile names them) packed apart from the CLI: packed
  // with it, each module a worker shares with the CLI would be a chunk of its own, about as many files as lib/ has.
  await build({
    ...options,
    entryPoints: [
      { in: path.join(root, 'lib', 'cache', 'scan-worker.js'), out: 'scan-worker' },
      { in: path.join(root, 'lib', 'load', 'worker.js'), out: 'read-worker' },
    ],
  }),
];

// A CommonJS package copied in calls require() for Node's built-ins (commander's `require('node:events')`), which an ES
// module does not have: the file holding esbuild's stand-in for it is given one.
const SHIM = 'typeof require !== "undefined"';
const REQUIRE = "import { createRequire as __supvCreateRequire } from 'node:module';\nconst require = __supvCreateRequire(import.meta.url);\n";
const NOTICE = '// Parts of this file are copied from packages in node_modules: their licences are in THIRD-PARTY-LICENSES.txt.\n';
mkdirSync(making, { recursive: true });
/** Each package copied in, by name: its folder. */
const copied = new Map();
const packageOf = (input) => /^(.*?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
for (const { outputFiles, metafile } of packs) {
  for (const file of outputFiles) {
    let text = file.text;
    const fromPackages = Object.keys(metafile.outputs[path.relative(root, file.path)]?.inputs ?? {}).some((input) => packageOf(input));
    if (text.includes(SHIM)) text = `${REQUIRE}${text}`;
    if (fromPackages) text = `${NOTICE}${text}`;
    writeFileSync(file.path, text);
  }
  for (const input of Object.keys(metafile.inputs)) {
    const match = packageOf(input);
    if (match) copied.set(match[2], path.resolve(root, match[1]));
  }
}

// Each package copied in, by name, version and licence, with its licence's text.
const licences = [...copied].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, folder]) => {
  const { version, license } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const files = readdirSync(folder).filter((entry) => /^(licen[cs]e|copying|notice)/i.test(entry)).sort();
  if (!files.some((entry) => /^(licen[cs]e|copying)/i.test(entry))) throw new Error(`pack: ${name} has no licence file to copy`);
  const texts = files.map((entry) => readFileSync(path.join(folder, entry), 'utf8').trim());
  return `${name} ${version} (${license})\n\n${texts.join('\n\n')}\n`;
});
writeFileSync(
  path.join(making, 'THIRD-PARTY-LICENSES.txt'),
  `The files in this folder hold code copied from these packages (scripts/pack.mjs).\n\n${licences.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

rmSync(target, { recursive: true, force: true });
renameSync(making, target);
