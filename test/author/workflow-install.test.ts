/**
 * The CI workflow `supv init --install-from` writes really installs supv and
 * lints: its install and lint steps, run here as the runner would run them,
 * against a tarball made with `npm pack` from this checkout. npm is asked to
 * install offline from its cache first; when the cache lacks a package's
 * metadata it may fetch it (`--prefer-offline`); with no network either,
 * the test says so and is skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';

interface Step {
  name?: string;
  run?: string;
  if?: string;
}

function sh(script: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('/bin/sh', ['-e', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

describe('the workflow supv init writes', () => {
  it('installs supv from a packed tarball and lints the records with it, as its steps say', async (context) => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'supv-workflow-'));
    // lib/ is compiled by the test set-up; pack it as it is (prepare would compile it again).
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(work, readdirSync(work).find((file) => file.endsWith('.tgz'))!);
    expect(path.basename(tarball)).toMatch(/^supervision-records-\d+\.\d+\.\d+\.tgz$/);

    const repo = path.join(work, 'records-repo');
    expect((await runInProcess(['init', repo, '--install-from', tarball], '/', new Date('2026-11-23T12:00:00Z'))).exitCode).toBe(0);
    const workflow = parse(readFileSync(path.join(repo, '.github/workflows/supervision.yml'), 'utf8')) as { env: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
    const env: Record<string, string> = { SUPV_PACKAGE: workflow.env.SUPV_PACKAGE!, PUPPETEER_SKIP_DOWNLOAD: workflow.env.PUPPETEER_SKIP_DOWNLOAD! };
    expect(env.SUPV_PACKAGE).toBe(tarball);
    const steps = workflow.jobs.lint!.steps.filter((step) => step.run !== undefined);
    const install = steps.find((step) => step.name === 'Install supv')!;
    const lint = steps.find((step) => step.name === 'Lint the records')!;
    const fail = steps.find((step) => step.name === 'Fail on errors')!;

    // `--global` into a prefix of the test's own, so nothing outside the temporary folder changes.
    const prefix = path.join(work, 'prefix');
    const npmEnv = { ...env, npm_config_prefix: prefix, npm_config_update_notifier: 'false' };
    let installed = sh(install.run!, repo, { ...npmEnv, npm_config_offline: 'true' });
    if (installed.status !== 0 && /ENOTCACHED/.test(installed.output)) installed = sh(install.run!, repo, { ...npmEnv, npm_config_prefer_offline: 'true' });
    if (installed.status !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/.test(installed.output)) {
      context.skip(`npm could not install the tarball's dependencies: not in its cache and no network (${installed.output.trim().split('\n').at(-1)})`);
    }
    expect(installed.status, installed.output).toBe(0);

    const withSupv = { ...env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const clean = sh(lint.run!, repo, withSupv);
    expect(clean.status, clean.output).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(repo, 'supv.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { name: string } }; results: unknown[] }> };
    expect(sarif.runs[0]!.tool.driver.name).toBe('supv');
    expect(sarif.runs[0]!.results).toEqual([]);

    // A record with a mistake: the lint step fails, and the step after it shows the finding as a GitHub annotation.
    writeFileSync(path.join(repo, 'records/staff/kit-marrowby.md'), '---\nkind: staff\nid: kit-marrowby\n---\n');
    expect(sh(lint.run!, repo, withSupv).status).toBe(1);
    const annotated = sh(fail.run!, repo, withSupv);
    expect(annotated.status).toBe(1);
    expect(annotated.output).toMatch(/^::error file=records\/staff\/kit-marrowby\.md,line=\d+/m);
  }, 300_000);
});
