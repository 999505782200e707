/**
 * docs/verify.md tells an inspector how to check a personal signature with
 * openssl alone. These tests run the very commands of that page (read from
 * it, not copied here) against a record signed by `supv sign --key`: a real
 * signature verifies, and one whose signed values were altered does not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/cli.js';
import { SESSION, staffRecord } from '../sign/helpers.js';
import { supv } from './helpers.js';

const opensslWorks = spawnSync('openssl', ['version']).status === 0 && spawnSync('bash', ['--version']).status === 0;

/** The shell block of docs/verify.md that verifies a signature with openssl. */
function documentedCommands(): string {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/verify.md'), 'utf8');
  const blocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks.find((text) => text.includes('openssl pkeyutl -verify'));
  if (!block) throw new Error('docs/verify.md has no openssl pkeyutl block');
  return block;
}

/** The documented commands with the entry's values put in place of the page's example values. */
function withValues(block: string, values: Record<string, string>): string {
  let script = block;
  for (const [name, value] of Object.entries(values)) {
    const line = new RegExp(`^${name}=.*$`, 'm');
    expect(script, `docs/verify.md sets ${name}`).toMatch(line);
    script = script.replace(line, `${name}='${value}'`);
  }
  return script;
}

describe.skipIf(!opensslWorks)('checking a personal signature with openssl alone, as docs/verify.md says', () => {
  let root = '';
  let entry: Record<string, string> = {};

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'supv-inspector-'));
    const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'supv-key-')), 'sam-lee.pem');
    const keygen = await supv(['keygen', '--out', keyFile], root);
    expect(keygen.exitCode).toBe(0);
    const publicKey = readFileSync(`${keyFile}.pub`, 'utf8');
    const files: Record<string, string> = {
      'records/staff/sam-lee.md': staffRecord('sam-lee', publicKey),
      'records/staff/jo-bloggs.md': staffRecord('jo-bloggs'),
      'records/sessions/2025/2025-02-03-jo-bloggs.md': SESSION,
    };
    for (const [file, text] of Object.entries(files)) {
      spawnSync('mkdir', ['-p', path.dirname(path.join(root, file))]);
      writeFileSync(path.join(root, file), text);
    }
    const signed = await supv(['sign', 'records/sessions/2025/2025-02-03-jo-bloggs.md', '--as', 'sam-lee', '--key', keyFile, '--at', '2025-02-04T10:12:00+00:00'], root);
    expect(signed.stderr).toBe('');
    expect(signed.exitCode).toBe(0);
    const text = readFileSync(path.join(root, 'records/sessions/2025/2025-02-03-jo-bloggs.md'), 'utf8');
    const frontmatter = parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''), { schema: 'failsafe' }) as { signatures: Array<Record<string, string>> };
    entry = frontmatter.signatures[0]!;
    expect(entry.sig).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // supv agrees the signature is a personal one.
    expect((await supv(['verify'], root)).stdout).toMatch(/sam-lee \(supervisor, personal key SHA256:[A-Za-z0-9+\/]{43}\)/);
  }, 60_000);

  const run = (values: Record<string, string>) =>
    spawnSync('bash', ['-e', '-c', withValues(documentedCommands(), values)], { cwd: root, encoding: 'utf8' });

  it('the documented commands verify a real signature', () => {
    const result = run({ ROLE: entry.role!, BY: entry.by!, AT: entry.at!, SHA256: entry.sha256!, SIG: entry.sig! });
    expect(`${result.stdout}${result.stderr}`).toContain('Signature Verified Successfully');
    expect(result.status).toBe(0);
  });

  it('and refuse it when any signed value is altered: another time, another hash, another role', () => {
    for (const altered of [{ AT: '2025-02-05T10:12:00+00:00' }, { SHA256: entry.sha256!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }, { ROLE: 'supervisee' }]) {
      const result = run({ ROLE: entry.role!, BY: entry.by!, AT: entry.at!, SHA256: entry.sha256!, SIG: entry.sig!, ...altered });
      expect(`${result.stdout}${result.stderr}`, JSON.stringify(altered)).toContain('Signature Verification Failure');
      expect(result.status).not.toBe(0);
    }
  });
});
