import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { contract, SAM_LEE, session, staff } from '../helpers/records.js';
import { skipReason } from '../render/fixtures.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const JO = staff({ id: 'jo-bloggs' });
const SESSION = session('2025-02-15', { supervisee: 'jo-bloggs' });
const FILES = [SAM_LEE, JO, contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' }), SESSION];

function repository(): string {
  const root = tempDir('supv-watch-cli-');
  for (const { file, text } of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Run `supv watch` as a user would; `until` waits for text on stdout. */
function spawnWatch(root: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, 'watch', '--as-of', '2025-03-01', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const wake of waiting.splice(0)) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : code)));
  const until = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(stdout)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { child, exited, until, output: () => ({ stdout, stderr }) };
}

describe('supv watch, the command', () => {
  it('prints what appeared and what was fixed, and stops on SIGTERM with exit 0 (PDFs off without Chromium)', async () => {
    const root = repository();
    const watch = spawnWatch(root, [], { SUPV_CHROME: '/nowhere/chromium' });
    await watch.until(/Watching for changes; PDFs are off/);
    expect(watch.output().stdout).toMatch(/PDFs are off \(linting goes on\): SUPV_CHROME is set to \/nowhere\/chromium/);
    writeFileSync(path.join(root, SESSION.file), SESSION.text.replace('supervisor: sam-lee', 'supervisor: sam-le'));
    await watch.until(/\+ records\/sessions\/2025\/2025-02-15-jo-bloggs\.md 6:13 error .*\(unknown-ref\)/);
    writeFileSync(path.join(root, SESSION.file), SESSION.text);
    await watch.until(/- records\/sessions\/2025\/2025-02-15-jo-bloggs\.md 6:13 fixed: .*\(unknown-ref\)/);
    expect(watch.output().stdout).toMatch(/^\[\d\d:\d\d:\d\d\] records\/sessions\/2025\/2025-02-15-jo-bloggs\.md changed$/m);
    watch.child.kill('SIGTERM');
    expect(await watch.exited).toBe(0);
  });

  const reason = skipReason();
  it.skipIf(reason)(`Ctrl-C while Chromium is open: exit 0, no Chromium left${reason ? ` (skipped: ${reason})` : ''}`, async () => {
    const root = repository();
    const profiles = tempDir('supv-watch-cli-profiles-');
    const watch = spawnWatch(root, ['--out', 'pdfs'], { TMPDIR: profiles });
    await watch.until(/Watching for changes; PDFs of changed records are rendered/);
    writeFileSync(path.join(root, SESSION.file), SESSION.text.replace('Notes.', 'Discussed the core group plan.'));
    await watch.until(/pdf\/session\/2025-02-15-jo-bloggs\.pdf written [\d.]+ s after the save/);
    const running = spawnSync('pgrep', ['-f', `user-data-dir=${profiles}`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(running.length).toBeGreaterThan(0);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    expect(spawnSync('pgrep', ['-f', `user-data-dir=${profiles}`], { encoding: 'utf8' }).stdout).toBe('');
    expect(readdirSync(profiles).filter((name) => name.startsWith('supv-chromium-'))).toEqual([]);
    expect(readdirSync(path.join(root, 'pdfs/pdf/session'))).toEqual(['2025-02-15-jo-bloggs.pdf']);
  });
});
