import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthoringError } from '../../src/author/new-record.js';
import { FileExistsError } from '../../src/author/write-new.js';
import { EmptyBundleError } from '../../src/bundle/bundle.js';
import { RuleError } from '../../src/check/engine.js';
import { UsageError } from '../../src/cli/io.js';
import { ConfigError } from '../../src/config/config.js';
import { BuildLockedError, OutputFolderError } from '../../src/render/output-folder.js';
import { ChromiumStartError } from '../../src/render/chromium.js';
import { ChromiumNotFoundError } from '../../src/render/find-chromium.js';
import { SealKeyError } from '../../src/render/seal.js';
import { TemplateError } from '../../src/render/templates.js';
import { KeyError } from '../../src/sign/keys.js';
import { UserError } from '../../src/util/errors.js';
import { runInProcess } from '../helpers/cli.js';

const folders: string[] = [];
const tempFolder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-user-error-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('errors the user must act on are one kind', () => {
  it('every user-facing error is a UserError; a bug in a rule is not', () => {
    const userFacing = [
      new UsageError('x'),
      new ConfigError('supv.config.yaml', 1, 1, 'x'),
      new ChromiumNotFoundError('x'),
      new ChromiumStartError('x'),
      new TemplateError('x'),
      new SealKeyError('x'),
      new BuildLockedError('x'),
      new OutputFolderError('x'),
      new EmptyBundleError('x'),
      new AuthoringError('x'),
      new FileExistsError('/x'),
      new KeyError('x'),
    ];
    for (const error of userFacing) expect(error, error.constructor.name).toBeInstanceOf(UserError);
    expect(new RuleError('x')).not.toBeInstanceOf(UserError);
  });

  it('one the command lets through is printed as supv: MESSAGE, exit 2, no stack trace', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, 'records'));
    const shard = await runInProcess(['build', '--shard', '0/3'], root);
    expect(shard).toEqual({ exitCode: 2, stdout: '', stderr: 'supv: --shard must be I/N with 1 <= I <= N, such as 1/4, not 0/3\n' });

    const empty = await runInProcess(['bundle', '--out', 'b.pdf', '--from', '2025-01-01', '--to', '2025-02-01'], root);
    expect(empty).toEqual({ exitCode: 2, stdout: '', stderr: 'supv: no records match between 2025-01-01 and 2025-02-01\n' });

    const elsewhere = tempFolder();
    symlinkSync(elsewhere, path.join(root, 'linked'));
    const linked = await runInProcess(['build', '--out', 'linked'], root);
    expect(linked).toEqual({ exitCode: 2, stdout: '', stderr: `supv: ${path.join(root, 'linked')} is a symbolic link; supv writes only into real folders (remove the link)\n` });
  });
});
