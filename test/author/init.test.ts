import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INSTALL_PLACEHOLDER, preCommitHook } from '../../src/author/scaffold.js';
import { DEFAULT_CONFIG, loadConfig } from '../../src/config/config.js';
import { BIN, REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { gitRepo, removeTempFolders, tempFolder } from '../helpers/git-repo.js';

afterAll(removeTempFolders);

const NOW = new Date('2026-11-23T12:00:00Z');

describe('supv init', () => {
  it('makes a repository that lints clean, with no example people in it', async () => {
    // An empty repository of its own, so the commit init makes has an author whatever this machine's git config says.
    const repo = gitRepo();
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(repo.git(['log', '--format=%s'])).toContain('supv init');
    expect(existsSync(path.join(repo.root, 'records/staff/ada-quillfeather.md'))).toBe(false);
    const clean = await runInProcess(['lint', '--format', 'json'], repo.root, NOW);
    expect(clean.exitCode).toBe(0);
    expect((JSON.parse(clean.stdout) as Array<{ findings: unknown[] }>).flatMap((entry) => entry.findings)).toEqual([]);
  });

  it('--examples adds the two example staff, whose only lint findings are no-contract', async () => {
    const repo = gitRepo();
    const init = await runInProcess(['init', '--examples'], repo.root, NOW);
    expect(init.exitCode).toBe(0);

    const lint = await runInProcess(['lint', '--format', 'json'], repo.root, NOW);
    const findings = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ file: string; rule: string }> }>).flatMap((entry) => entry.findings);
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'records/staff/ada-quillfeather.md no-contract',
      'records/staff/emrys-tallowmere.md no-contract',
    ]);
    // No loop of two people supervising each other: the lead is supervised from outside (SPEC §11.2), and signs her contract alone.
    const ada = readFileSync(path.join(repo.root, 'records/staff/ada-quillfeather.md'), 'utf8');
    expect(ada).toMatch(/^supervisors:.*\n {2}- external:.*\n {6}name: Corin Ashgrove\n {6}organisation: Example County Council safeguarding team\n {4}from: /m);
    expect(ada).not.toContain('emrys-tallowmere');
    expect(readFileSync(path.join(repo.root, 'records/staff/emrys-tallowmere.md'), 'utf8')).toMatch(/^ {2}- id: ada-quillfeather$/m);
    const messages = (JSON.parse(lint.stdout) as Array<{ findings: Array<{ message: string }> }>).flatMap((entry) => entry.findings.map((f) => f.message));
    expect(messages).toContain('no supervision contract for Ada Quillfeather: agree one with Corin Ashgrove (Example County Council safeguarding team) and have Ada Quillfeather sign it (an external supervisor has no staff record to sign as)');
  });

  it('writes the default policy out, the CI workflow, the hook and .gitignore', async () => {
    const root = path.join(tempFolder(), 'records-repo');
    expect((await runInProcess(['init', root], '/', NOW)).exitCode).toBe(0);
    const { config } = loadConfig(root);
    expect(config.policy).toEqual(DEFAULT_CONFIG.policy);
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toContain(`${config.output}/`);
    const workflow = parse(readFileSync(path.join(root, '.github/workflows/supervision.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<Record<string, unknown>> }> };
    const lintSteps = JSON.stringify(workflow.jobs.lint!.steps);
    expect(lintSteps).toContain('github/codeql-action/upload-sarif');
    expect(lintSteps).toContain('"fetch-depth":0');
    const upload = workflow.jobs.build!.steps.find((step) => String(step.uses).startsWith('actions/upload-artifact'));
    // The PDFs name children: uploaded only when the organisation opts in, and the workflow says why.
    expect(upload?.if).toBe("env.SUPV_UPLOAD_PDFS == 'true'");
    expect(readFileSync(path.join(root, '.github/workflows/supervision.yml'), 'utf8')).toContain('The PDFs name children and give their dates of birth.');
    const hook = path.join(root, '.git/hooks/pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('npm install --global with the tarball or git URL your organisation uses');
    expect(readFileSync(hook, 'utf8')).toContain("git diff --cached --name-only --diff-filter=ACM -z -- 'records/*.md'");
    execFileSync('sh', ['-n', hook]);
    expect(execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' }).trim()).toBe('true');
  });

  it('the workflow installs supv from one place: --install-from, or a placeholder its first step stops on and explains', async () => {
    const read = async (...args: string[]) => {
      const root = path.join(tempFolder(), 'records-repo');
      expect((await runInProcess(['init', root, ...args], '/', NOW)).exitCode).toBe(0);
      const text = readFileSync(path.join(root, '.github/workflows/supervision.yml'), 'utf8');
      return { text, workflow: parse(text) as { env: Record<string, string>; jobs: Record<string, { steps: Array<{ run?: string }> }> } };
    };
    const given = await read('--install-from', 'https://files.example.org/supv/supervision-records-0.1.0.tgz');
    expect(given.workflow.env).toMatchObject({ SUPV_PACKAGE: 'https://files.example.org/supv/supervision-records-0.1.0.tgz', PUPPETEER_SKIP_DOWNLOAD: 'true' });
    expect(given.text.match(/supervision-records-0\.1\.0\.tgz/g)).toHaveLength(1);
    for (const job of ['lint', 'build']) {
      const runs = given.workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
      expect(runs[0]).toMatch(/npm install --global --no-audit --no-fund "\$SUPV_PACKAGE"\n?$/);
      expect(runs.slice(1).every((run) => run.startsWith('supv '))).toBe(true);
    }
    const placeholder = await read();
    expect(placeholder.workflow.env.SUPV_PACKAGE).toBe(INSTALL_PLACEHOLDER);
    // The install step stops on the placeholder, saying what to put there.
    const install = placeholder.workflow.jobs.lint!.steps.find((step) => step.run?.includes('npm install'))!.run!;
    const stopped = spawnSync('/bin/sh', ['-c', install], { encoding: 'utf8', env: { ...process.env, SUPV_PACKAGE: INSTALL_PLACEHOLDER, PATH: '/nonexistent' } });
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toContain('::error::SUPV_PACKAGE in .github/workflows/supervision.yml does not say where to install supv from yet');
    expect(await runInProcess(['init', path.join(tempFolder(), 'x'), '--install-from', 'two words'], '/', NOW)).toMatchObject({ exitCode: 2 });
    // Nothing points at a repository that does not exist.
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { repository?: unknown; scripts: Record<string, string> };
    expect(pkg.repository).toBeUndefined();
    // Installed from a clone or a tarball, lib/ is compiled and packed (bin/supv.js runs lib/ as it is without the pack).
    expect(pkg.scripts.prepare).toBe('tsc -p tsconfig.json && node scripts/pack.mjs');
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const file of [given.text, placeholder.text, readme]) expect(file).not.toContain('github:supv-project/supv');
    expect(readme).toContain('npm install -g ./supervision-records-');
    expect(readme).toContain('npm pack');
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

/** git as a user runs it: the repository's own hooks run, with `supv` on the PATH pointing at this checkout's binary. */
function gitAsUser(cwd: string, args: string[]): { status: number; output: string } {
  const shims = tempFolder('supv-shim-');
  writeFileSync(path.join(shims, 'supv'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const env = { ...process.env, PATH: `${shims}${path.delimiter}${process.env.PATH ?? ''}`, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const isExecutable = (file: string) => (statSync(file).mode & 0o111) !== 0;

describe('supv init puts the pre-commit hook where only this clone can change it', () => {
  it('installs it in .git/hooks and never points core.hooksPath at a folder anyone can commit to', async () => {
    const repo = gitRepo();
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    expect(isExecutable(hook)).toBe(true);
    expect(readFileSync(hook, 'utf8')).toBe(preCommitHook());
    expect(init.stdout).toContain('installed the pre-commit hook in .git/hooks/pre-commit');
    expect(() => repo.git(['config', '--get', 'core.hooksPath'])).toThrow();
    expect(existsSync(path.join(repo.root, '.githooks'))).toBe(false);
    expect(repo.git(['ls-files']).split('\n').filter((file) => file.includes('hook'))).toEqual([]);
  });

  it('the installed hook stops a commit of a malformed record, and lets the example staff through', async () => {
    const repo = gitRepo();
    // Today's clock, as the hook's own lint runs on it.
    expect((await runInProcess(['init', '--examples'], repo.root, new Date())).exitCode).toBe(0);
    writeFileSync(path.join(repo.root, 'records/staff/kit-marrowby.md'), '---\nkind: staff\nid: kit-marrowby\n---\n');
    repo.git(['add', 'records/staff/kit-marrowby.md']);
    const refused = gitAsUser(repo.root, ['commit', '-q', '-m', 'Add Kit']);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('kit-marrowby.md');
    expect(refused.output).toContain('pre-commit: the commit did not happen.');
    expect(refused.output).toContain('sign it first (supv sign FILE --as YOUR-ID)');
    repo.git(['rm', '-q', '-f', 'records/staff/kit-marrowby.md']);

    // No contract yet is a warning in the hook: it must not stop the commit that starts to put it right.
    repo.git(['add', 'records/staff']);
    const accepted = gitAsUser(repo.root, ['commit', '-q', '-m', 'Add the staff']);
    expect(accepted.output).toContain('no-contract');
    expect(accepted.status).toBe(0);
  });

  it('leaves a pre-commit hook that is already there alone, puts its own beside it and says how to call it', async () => {
    const repo = gitRepo();
    const theirs = '#!/bin/sh\necho "Rowan\'s own checks"\n';
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    writeFileSync(hook, theirs, { mode: 0o755 });
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(theirs);
    const beside = path.join(repo.root, '.git/hooks/pre-commit.supv');
    expect(readFileSync(beside, 'utf8')).toBe(preCommitHook());
    expect(isExecutable(beside)).toBe(true);
    expect(init.stdout).toContain('a pre-commit hook is already in .git/hooks/pre-commit; supv left it as it is');
    expect(init.stdout).toContain(`"${beside}" || exit 1`);
  });

  it('keeps a core.hooksPath the repository already has, writes no hook git would run, and says how to add it', async () => {
    const repo = gitRepo();
    repo.write({ file: '.githooks/pre-commit', text: '#!/bin/sh\nexit 0\n' });
    repo.commit('Team hooks', '2026-11-01T09:00:00Z');
    repo.git(['config', 'core.hooksPath', '.githooks']);
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(repo.git(['config', '--get', 'core.hooksPath']).trim()).toBe('.githooks');
    expect(readFileSync(path.join(repo.root, '.githooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(existsSync(path.join(repo.root, '.git/hooks/pre-commit'))).toBe(false);
    expect(init.stdout).toContain('core.hooksPath is set to .githooks');
    expect(init.stdout).toContain('.githooks is part of the repository: anyone who can commit can change the hooks in it');
    expect(init.stdout).toContain('git config --unset core.hooksPath');
    expect(init.stdout).toContain('supv init --hook');
  });

  it('in a folder inside another repository, leaves that repository\'s hooks alone and says why', async () => {
    const outer = gitRepo();
    const init = await runInProcess(['init', 'supervision'], outer.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(existsSync(path.join(outer.root, '.git/hooks/pre-commit'))).toBe(false);
    expect(() => outer.git(['config', '--get', 'core.hooksPath'])).toThrow();
    expect(init.stdout).toContain(`is inside the git repository at ${outer.root}, whose hooks were left alone`);
  });

  it('supv init --hook installs only the hook in a colleague\'s clone, and says so when it is already there', async () => {
    const first = gitRepo();
    expect((await runInProcess(['init'], first.root, NOW)).exitCode).toBe(0);
    const clone = path.join(tempFolder(), 'clone');
    execFileSync('git', ['clone', '-q', first.root, clone], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(existsSync(path.join(clone, '.git/hooks/pre-commit'))).toBe(false);

    const install = await runInProcess(['init', '--hook'], clone, NOW);
    expect(install).toMatchObject({ exitCode: 0, stderr: '' });
    expect(install.stdout).toContain('installed the pre-commit hook in .git/hooks/pre-commit');
    expect(readFileSync(path.join(clone, '.git/hooks/pre-commit'), 'utf8')).toBe(preCommitHook());
    const again = await runInProcess(['init', '--hook'], clone, NOW);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('the pre-commit hook is already installed');

    const notGit = await runInProcess(['init', '--hook', tempFolder()], '/', NOW);
    expect(notGit.exitCode).toBe(2);
    expect(notGit.stderr).toContain('not in a git repository');
  });
});

describe('supv init keeps out of git what must not be in it', () => {
  it('.gitignore covers installed packages, the build output, the cache and private keys, but not public keys or records', async () => {
    const repo = gitRepo();
    expect((await runInProcess(['init'], repo.root, NOW)).exitCode).toBe(0);
    const ignored = (file: string) => {
      try {
        repo.git(['check-ignore', '-q', '--no-index', '--', file]);
        return true;
      } catch {
        return false;
      }
    };
    for (const file of ['node_modules', 'node_modules/supv/package.json', 'bundle.pdf', 'report/report.html', 'report.html', 'report.json', 'report.pdf', 'report-people.csv', 'supervision-due.ics', 'dist/pdf/staff/ada-quillfeather.pdf', '.supv-cache/lint.json', 'ada-quillfeather.key', 'keys/ada.pem', 'seal.p12', 'seal.pfx', 'id_ed25519']) {
      expect(ignored(file), file).toBe(true);
    }
    for (const file of ['ada-quillfeather.key.pub', 'id_ed25519.pub', 'records/staff/ada-quillfeather.md', 'supv.config.yaml', '.github/workflows/supervision.yml']) {
      expect(ignored(file), file).toBe(false);
    }
  });

  it('commits the configuration, .gitignore and workflow, and leaves the example staff uncommitted, saying why', async () => {
    const repo = gitRepo();
    const init = await runInProcess(['init', '--examples'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(repo.git(['ls-files']).trim().split('\n').sort()).toEqual(['.github/workflows/supervision.yml', '.gitignore', 'records/staff/.gitkeep', 'supv.config.yaml']);
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).trim().split('\n').sort()).toEqual([
      '?? records/staff/ada-quillfeather.md',
      '?? records/staff/emrys-tallowmere.md',
    ]);
    expect(init.stdout).toContain('the example staff (records/staff/ada-quillfeather.md, records/staff/emrys-tallowmere.md) are not committed: they are examples, to be replaced with your own staff and deleted');
  });

  it('in a repository with commits already, it commits nothing and names the files to commit, without the examples', async () => {
    const repo = gitRepo();
    repo.write({ file: 'README.md', text: 'Supervision records of Example Primary School.\n' });
    repo.commit('Start', '2026-11-01T09:00:00Z');
    const init = await runInProcess(['init'], repo.root, NOW);
    expect(init.exitCode).toBe(0);
    expect(repo.git(['ls-files']).trim()).toBe('README.md');
    expect(init.stdout).toContain('git add supv.config.yaml .gitignore records/staff/.gitkeep .github/workflows/supervision.yml && git commit');
  });
});
