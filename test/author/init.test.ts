import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installSpec } from '../../src/author/scaffold.js';
import { toolVersion } from '../../src/cli/version.js';
import { DEFAULT_CONFIG, loadConfig } from '../../src/config/config.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const NOW = new Date('2026-11-23T12:00:00Z');

describe('supv init', () => {
  it('makes a repository whose only lint findings are no-contract for the two example staff', async () => {
    // An empty repository of its own, so the commit init makes has an author whatever this machine's git config says.
    const repo = gitRepo();
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toContain('no-contract');
    expect(repo.git(['log', '--format=%s'])).toContain('supv init');
    expect(repo.git(['config', 'core.hooksPath']).trim()).toBe('.githooks');

    const lint = await runInProcess(['lint', '--format', 'json'], repo.root, NOW);
    const findings = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ file: string; rule: string }> }>).flatMap((entry) => entry.findings);
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'records/staff/ada-quillfeather.md no-contract',
      'records/staff/emrys-tallowmere.md no-contract',
    ]);
  });

  it('writes the default policy out, the CI workflow, the hook and .gitignore', async () => {
    const root = path.join(tempFolder(), 'records-repo');
    expect((await runInProcess(['init', root], '/', NOW)).exitCode).toBe(0);
    const { config } = loadConfig(root);
    expect(config.policy).toEqual(DEFAULT_CONFIG.policy);
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toContain('dist/');
    const workflow = parse(readFileSync(path.join(root, '.github/workflows/supervision.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<Record<string, unknown>> }> };
    const lintSteps = JSON.stringify(workflow.jobs.lint!.steps);
    expect(lintSteps).toContain('github/codeql-action/upload-sarif');
    expect(lintSteps).toContain('"fetch-depth":0');
    expect(JSON.stringify(workflow.jobs.build!.steps)).toContain('actions/upload-artifact');
    const hook = path.join(root, '.githooks/pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain(`npm install --global ${installSpec(toolVersion())}`);
    expect(readFileSync(hook, 'utf8')).toContain("git diff --cached --name-only --diff-filter=ACM -z -- 'records/*.md'");
    execFileSync('sh', ['-n', hook]);
    expect(execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' }).trim()).toBe('true');
  });

  it('the workflow installs this release from the git repository, as the README does: supv is not on the npm registry', async () => {
    const root = path.join(tempFolder(), 'records-repo');
    expect((await runInProcess(['init', root], '/', NOW)).exitCode).toBe(0);
    const text = readFileSync(path.join(root, '.github/workflows/supervision.yml'), 'utf8');
    const workflow = parse(text) as { env: Record<string, string>; jobs: Record<string, { steps: Array<{ run?: string }> }> };
    const spec = `github:supv-project/supv#v${toolVersion()}`;
    expect(installSpec(toolVersion())).toBe(spec);
    expect(workflow.env).toMatchObject({ SUPV_PACKAGE: spec, PUPPETEER_SKIP_DOWNLOAD: 'true' });
    for (const job of ['lint', 'build']) {
      const runs = workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
      expect(runs[0]).toBe('npm install --global "$SUPV_PACKAGE"');
      expect(runs.slice(1).every((run) => run.startsWith('supv '))).toBe(true);
    }
    // package.json names the same repository; no step asks the npm registry for a package that is not there.
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { repository: { url: string }; scripts: Record<string, string> };
    expect(pkg.repository.url).toBe('git+https://github.com/supv-project/supv.git');
    expect(pkg.scripts.prepare).toBe('tsc -p tsconfig.json');
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const file of [text, readme]) {
      expect(file).not.toMatch(/npx --yes supervision-records|supervision-records@/);
    }
    const readmeSpecs = [...readme.matchAll(/github:supv-project\/supv#v[0-9.]+/g)].map((match) => match[0]);
    expect(readmeSpecs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(readmeSpecs)).toEqual(new Set([spec]));
  });

  it('refuses to overwrite, listing the files that exist, and writes nothing', async () => {
    const root = tempFolder();
    writeFileSync(path.join(root, 'supv.config.yaml'), 'organisation: Mine\n');
    const result = await runInProcess(['init', root], '/', NOW);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('supv.config.yaml');
    expect(readFileSync(path.join(root, 'supv.config.yaml'), 'utf8')).toBe('organisation: Mine\n');
    expect(() => statSync(path.join(root, '.gitignore'))).toThrow();
  });
});
