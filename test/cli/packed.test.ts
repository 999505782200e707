/**
 * bin/supv.js runs lib/packed/ (lib/ packed into a few files by
 * scripts/pack.mjs, which Node loads much faster than lib/'s modules one by
 * one) only when the pack was made after lib/ was last compiled; and the
 * pack does what lib/ does: with the small packages it copies in, its licences
 * kept, and its worker threads packed too.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../helpers/cli.js';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const run = (script: string, args: string[], cwd = REPO_ROOT) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });

describe('the packed CLI', () => {
  it('is used only when it was made after lib/ was compiled', () => {
    // bin/supv.js in a package of its own, whose lib/ and pack each say which they are.
    const root = tempFolder('supv-pack-');
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(BIN, path.join(root, 'bin', 'supv.js'));
    writeFileSync(path.join(root, 'package.json'), '{"type":"module"}\n');
    const write = (file: string, text: string, seconds: number) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
      utimesSync(path.join(root, file), seconds, seconds);
    };
    const which = () => run(path.join(root, 'bin', 'supv.js'), []).stdout;
    write('lib/cli/bin.js', "process.stdout.write('lib');\n", 1_000_000);
    expect(which()).toBe('lib');
    write('lib/packed/bin.js', "process.stdout.write('packed');\n", 2_000_000);
    expect(which()).toBe('packed');
    // lib/ compiled again after the pack (tsc alone): the older pack is not used.
    write('lib/cli/bin.js', "process.stdout.write('lib');\n", 3_000_000);
    expect(which()).toBe('lib');
  });

  it('is in use in this checkout, and finds what lib/ finds', () => {
    expect(statSync(path.join(REPO_ROOT, 'lib/packed/bin.js')).mtimeMs).toBeGreaterThanOrEqual(statSync(path.join(REPO_ROOT, 'lib/cli/bin.js')).mtimeMs);
    const args = ['lint', '--format', 'json', '--as-of', '2026-11-23'];
    const packed = run(path.join(REPO_ROOT, 'lib/packed/bin.js'), args);
    const compiled = run(path.join(REPO_ROOT, 'lib/cli/bin.js'), args);
    expect(packed.stderr).toBe(compiled.stderr);
    expect(packed.status).toBe(compiled.status);
    expect(packed.stdout).toBe(compiled.stdout);
    expect(JSON.parse(packed.stdout).length).toBeGreaterThan(100);
    expect(run(BIN, ['--version']).stdout).toBe(run(path.join(REPO_ROOT, 'lib/cli/bin.js'), ['--version']).stdout);
  });

  it('runs from the pack alone: the packages it copies in, both worker threads, and lint --cache, finding what lib/ finds', () => {
    // The package as installed, but lib/ only as the pack (lib/cli/bin.js older, and failing if run) and node_modules
    // without the packages the pack copies in.
    const pkg = tempFolder('supv-packed-only-');
    for (const folder of ['bin', 'schemas', 'templates', 'docs', 'lib/packed']) cpSync(path.join(REPO_ROOT, folder), path.join(pkg, folder), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(pkg, 'package.json'));
    mkdirSync(path.join(pkg, 'lib/cli'));
    writeFileSync(path.join(pkg, 'lib/cli/bin.js'), "throw new Error('lib/ was run, not the pack');\n");
    utimesSync(path.join(pkg, 'lib/cli/bin.js'), 1_000_000, 1_000_000);
    mkdirSync(path.join(pkg, 'node_modules'));
    const modules = path.join(REPO_ROOT, 'node_modules');
    for (const name of readdirSync(modules)) {
      if (!COPIED_IN.includes(name) && !name.startsWith('.')) symlinkSync(path.join(modules, name), path.join(pkg, 'node_modules', name));
    }

    // Every module each thread loads, written down by a loader hook that the worker threads start too.
    const hooks = tempFolder('supv-packed-hooks-');
    const log = path.join(hooks, 'loaded.txt');
    writeFileSync(path.join(hooks, 'register.mjs'), "import { register } from 'node:module';\nimport { isMainThread } from 'node:worker_threads';\nregister(new URL('./hooks.mjs', import.meta.url), { data: { log: process.env.SUPV_TEST_LOADED, thread: isMainThread ? 'main' : 'worker' } });\n");
    writeFileSync(path.join(hooks, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nlet log;\nlet thread;\nexport function initialize(data) { ({ log, thread } = data); }\nexport async function load(url, context, next) { appendFileSync(log, `${thread} ${url}\\n`); return next(url, context); }\n");
    /** Per run: each thread and the URL of each module it loaded. */
    const runs: Array<Array<[string, string]>> = [];
    const supv = (args: string[], cwd: string) => {
      writeFileSync(log, '');
      const result = spawnSync(process.execPath, ['--import', path.join(hooks, 'register.mjs'), path.join(pkg, 'bin', 'supv.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, SUPV_TEST_LOADED: log } });
      runs.push(readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ') as [string, string]));
      return result;
    };

    const version = supv(['--version'], pkg);
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);

    // The example records, copied so that the cache is written outside the repository.
    const records = tempFolder('supv-packed-records-');
    cpSync(path.join(REPO_ROOT, 'records'), path.join(records, 'records'), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'supv.config.yaml'), path.join(records, 'supv.config.yaml'));
    const args = ['lint', '--format', 'json', '--as-of', '2026-11-23'];
    const expected = run(path.join(REPO_ROOT, 'lib/cli/bin.js'), args, records);
    expect(JSON.parse(expected.stdout).length).toBeGreaterThan(100);
    for (const extra of [[], ['--cache'], ['--cache'], ['--cache', '--debug']]) {
      const packed = supv([...args, ...extra], records);
      expect(packed.status).toBe(expected.status);
      expect(packed.stdout).toBe(expected.stdout);
      if (extra.includes('--debug')) expect(packed.stderr).toMatch(/supv lint --cache: .*\b\d+ files from the cache/);
      else expect(packed.stderr).toBe(expected.stderr);
    }
    // Kept only by the scan's worker thread, once the cache folder is there (src/cache/config-parse.ts).
    expect(existsSync(path.join(records, '.supv-cache/lint/config.json'))).toBe(true);

    // Each thread's files, as paths in the package.
    const files = (loaded: Array<[string, string]>) => loaded.filter(([, url]) => url.startsWith('file:')).map(([thread, url]) => [thread, path.relative(pkg, fileURLToPath(url))]);
    const all = runs.flatMap(files);
    // supv's own code only from the pack, on every thread; none of the packages it copies in from node_modules.
    expect(all.filter(([, file]) => file.startsWith('lib/') && !file.startsWith('lib/packed/'))).toEqual([]);
    expect(all.filter(([, file]) => COPIED_IN.some((name) => file.includes(`node_modules/${name}/`)))).toEqual([]);
    // Nor Ajv's runtime, which the compiled validators call (Ajv itself stays in node_modules, not loaded by a lint).
    expect(all.filter(([, file]) => file.includes('node_modules/ajv/'))).toEqual([]);
    // Both worker threads ran their packed scripts: the read-ahead of a lint, the scan of a lint --cache.
    expect(all).toContainEqual(['worker', 'lib/packed/read-worker.js']);
    expect(all).toContainEqual(['worker', 'lib/packed/scan-worker.js']);
    // A lint --cache loads a handful of the pack's files, not one for each of supv's modules (about 130).
    expect(files(runs.at(-1)!).filter(([thread, file]) => thread === 'main' && file.startsWith('lib/packed/')).length).toBeLessThan(40);
  });

  it('keeps the licence of each package it copies in', () => {
    const licences = readFileSync(path.join(REPO_ROOT, 'lib/packed/THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of [...COPIED_IN, 'ajv']) {
      const folder = path.join(REPO_ROOT, 'node_modules', name);
      const { version, license } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(licences).toContain(`${name} ${version} (${license})`);
      const file = readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry))!;
      expect(licences).toContain(readFileSync(path.join(folder, file), 'utf8').trim());
    }
    // Each file holding a package's code says where its licence is.
    const packed = readdirSync(path.join(REPO_ROOT, 'lib/packed')).filter((file) => file.endsWith('.js'));
    const withCommander = packed.filter((file) => readFileSync(path.join(REPO_ROOT, 'lib/packed', file), 'utf8').includes('Constructs the CommanderError class'));
    expect(withCommander.length).toBeGreaterThan(0);
    for (const file of withCommander) expect(readFileSync(path.join(REPO_ROOT, 'lib/packed', file), 'utf8')).toContain('THIRD-PARTY-LICENSES.txt');
  });
});

/** The packages scripts/pack.mjs copies into the pack (BUNDLED there). */
const COPIED_IN = ['commander', 'luxon', 'js-yaml', 'canonicalize', 'fastest-levenshtein', 'ajv-formats', 'fast-deep-equal'];

