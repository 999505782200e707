import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/util/atomic-write.js';

describe('writing a whole file or nothing', () => {
  it('replaces a file, keeping its mode, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-atomic-'));
    const file = path.join(dir, 'record.md');
    writeFileSync(file, 'old', { mode: 0o640 });
    await writeAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['record.md']);
  });

  it('sweeps temporary files left by a supv process that was killed, and keeps those of running ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-atomic-'));
    const dead = '.record.md.supv-tmp-2147483646-abcdef012345';
    const alive = `.record.md.supv-tmp-${process.ppid}-abcdef012345`;
    writeFileSync(path.join(dir, dead), 'torn');
    writeFileSync(path.join(dir, alive), 'in progress');
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    await writeAtomic(path.join(dir, 'record.md'), 'whole');
    expect(readdirSync(dir).sort()).toEqual([alive, 'notes.txt', 'record.md'].sort());
  });

  it('private keys can be written with mode 0600', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-atomic-'));
    await writeAtomic(path.join(dir, 'key.pem'), 'secret', { mode: 0o600 });
    expect(statSync(path.join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
  });
});

describe('the mode of a written file', () => {
  it('`umask`: what any new file gets, whatever the file replaced had (a build\'s PDFs and manifest)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-atomic-'));
    const fresh = path.join(dir, 'fresh');
    closeSync(openSync(fresh, 'wx', 0o644));
    const file = path.join(dir, 'manifest.json');
    writeFileSync(file, 'old', { mode: 0o600 });
    await writeAtomic(file, 'new', { mode: 'umask' });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(statSync(fresh).mode & 0o777);
    expect(readdirSync(dir).sort()).toEqual(['fresh', 'manifest.json']);
  });
});
