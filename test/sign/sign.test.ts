import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkRecords } from '../../src/check/engine.js';
import { signatureMismatch } from '../../src/check/rules/signature-mismatch.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { loadRecords } from '../../src/load/load.js';
import { SignRefusal, signRecordText } from '../../src/sign/sign.js';
import { GROUP, SESSION, makeRepo, runCli, type TestRepo } from './helpers.js';

const SESSION_FILE = 'records/sessions/2025/2025-02-03-jo-bloggs.md';
const GROUP_FILE = 'records/sessions/2025/2025-02-10-team.md';

let repo: TestRepo;
const read = (file: string) => readFileSync(path.join(repo.root, file), 'utf8');
const sign = (file: string, ...args: string[]) => runCli(repo.root, ['sign', file, ...args]);
const verify = (...args: string[]) => runCli(repo.root, ['verify', ...args]);

/** The end of the frontmatter: where a new signatures block goes. */
const closingFence = (text: string) => text.search(/\r?\n---\r?\n/) + (text.includes('\r\n') ? 2 : 1);

beforeEach(() => {
  // Nobody holds a personal key here: a key holder's name cannot be signed without their key (see 'personal keys').
  repo = makeRepo();
  repo.write(SESSION_FILE, SESSION);
  repo.write(GROUP_FILE, GROUP);
});

describe('supv sign changes nothing but the signatures block', () => {
  it('adds a block at the end of the frontmatter and leaves every other byte, comment and quote alone', async () => {
    const before = read(SESSION_FILE);
    const result = await sign(SESSION_FILE, '--as', 'sam-lee');
    expect(result).toMatchObject({ code: 0, stdout: `signed ${SESSION_FILE} as sam-lee (supervisor)\n` });
    const after = read(SESSION_FILE);
    const cut = closingFence(before);
    expect(after.startsWith(before.slice(0, cut))).toBe(true);
    expect(after.endsWith(before.slice(cut))).toBe(true);
    const block = after.slice(cut, after.length - (before.length - cut));
    expect(block).toMatch(/^signatures:\n  - role: supervisor\n    by: sam-lee\n    at: 2025-02-04T10:12:00\+00:00\n    sha256: [0-9a-f]{64}\n$/);
    expect(after).toContain('supervisor: "sam-lee"');
    expect(after).toContain("supervisee: 'jo-bloggs'");
    expect(after).toContain('date: 2025-02-03   # the day we met');
    expect(after).toContain('Jo discussed two families.   \n');
  });

  it('appends to an existing block list, keeping its comments and indentation', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    const commented = read(SESSION_FILE).replace('  - role: supervisor\n', '  # signed after reading it through\n  - role: supervisor   # Sam\n');
    writeFileSync(path.join(repo.root, SESSION_FILE), commented);
    expect((await sign(SESSION_FILE, '--as', 'jo-bloggs', '--at', '2025-02-05T09:30:00+00:00')).code).toBe(0);
    const after = read(SESSION_FILE);
    expect(after.startsWith(commented.slice(0, closingFence(commented)))).toBe(true);
    expect(after).toMatch(/ {2}- role: supervisee\n {4}by: jo-bloggs\n {4}at: 2025-02-05T09:30:00\+00:00\n/);
    expect((await verify(SESSION_FILE)).code).toBe(0);
  });

  it('keeps a CRLF file CRLF and its BOM, and the signature verifies', async () => {
    const crlf = `\uFEFF${SESSION.replace(/\n/g, '\r\n')}`;
    writeFileSync(path.join(repo.root, SESSION_FILE), crlf);
    expect((await sign(SESSION_FILE, '--as', 'jo-bloggs')).code).toBe(0);
    const after = read(SESSION_FILE);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(after.endsWith(crlf.slice(closingFence(crlf)))).toBe(true);
    const verified = await verify(SESSION_FILE);
    expect(verified.stdout).toContain(`ok   ${SESSION_FILE}  signed by jo-bloggs (supervisee, recorded)`);
    expect(verified.code).toBe(0);
  });

  it('follows the list\'s own indentation, and keeps old-Mac CR line endings', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    const flush = read(SESSION_FILE).replace('  - role', '- role').replace(/\n {4}/g, '\n  ').replace(/\n/g, '\r');
    writeFileSync(path.join(repo.root, SESSION_FILE), flush);
    expect((await sign(SESSION_FILE, '--as', 'jo-bloggs')).code).toBe(0);
    const after = read(SESSION_FILE);
    expect(after).toContain('\r- role: supervisee\r  by: jo-bloggs\r');
    expect(after).not.toContain('\n');
    expect((await verify(SESSION_FILE)).code).toBe(0);
  });

  it('turns `signatures: []` into a block list', async () => {
    const withEmpty = SESSION.replace('cases_coverage: all\n', 'cases_coverage: all\nsignatures: []   # nobody yet\n');
    writeFileSync(path.join(repo.root, SESSION_FILE), withEmpty);
    expect((await sign(SESSION_FILE, '--as', 'sam-lee')).code).toBe(0);
    expect(read(SESSION_FILE)).toContain('signatures:   # nobody yet\n  - role: supervisor\n');
    expect((await verify(SESSION_FILE)).code).toBe(0);
  });
});

describe('what a signature covers', () => {
  it('survives comment, quoting and key-order edits', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    const edited = read(SESSION_FILE)
      .replace('# Monthly supervision', '# Reviewed by the DSL. Monthly supervision')
      .replace('supervisor: "sam-lee"', "supervisor: 'sam-lee'")
      .replace('type: one-to-one\n', '')
      .replace('kind: session\n', 'kind: session\ntype: one-to-one\n');
    writeFileSync(path.join(repo.root, SESSION_FILE), edited);
    expect((await verify()).code).toBe(0);
  });

  it('fails when one byte of the body changes, naming the record and the signer', async () => {
    await sign(SESSION_FILE, '--as', 'jo-bloggs', '--at', '2025-02-05T09:30:00+00:00');
    writeFileSync(path.join(repo.root, SESSION_FILE), read(SESSION_FILE).replace('two families', 'two familie5'));
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAIL ${SESSION_FILE}  jo-bloggs (supervisee, 2025-02-05T09:30:00+00:00): the record was changed after it was signed`);
    expect(result.stdout).toMatch(/1 failed/);

    const json = JSON.parse((await verify('--format', 'json')).stdout);
    expect(json.summary).toMatchObject({ failed: 1 });
    expect(json.files.find((file: { file: string }) => file.file === SESSION_FILE).signatures[0]).toMatchObject({ by: 'jo-bloggs', outcome: 'changed' });
  });

  it('is reported by the signature-mismatch rule at the signature entry', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    await sign(SESSION_FILE, '--as', 'jo-bloggs');
    writeFileSync(path.join(repo.root, SESSION_FILE), read(SESSION_FILE).replace('duration_minutes: 60', 'duration_minutes: 45'));
    const results = await checkRecords(loadRecords(repo.root), [signatureMismatch], { config: DEFAULT_CONFIG, asOf: '2025-02-06' });
    const findings = results.find((result) => result.file === SESSION_FILE)!.findings;
    const lines = read(SESSION_FILE).split('\n');
    expect(findings.map((finding) => [lines[finding.line - 1]!.trim(), finding.message])).toEqual([
      ['- role: supervisor', 'the record changed after Sam Lee signed it as supervisor on 2025-02-04T10:12:00+00:00; review the changes and sign again'],
      ['- role: supervisee', 'the record changed after Jo Bloggs signed it as supervisee on 2025-02-04T10:12:00+00:00; review the changes and sign again'],
    ]);
  });

  it('does not carry over to another record: the hash covers the id', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    const block = read(SESSION_FILE).match(/signatures:\n(?: .*\n)+/)![0];
    const copy = SESSION.replaceAll('2025-02-03-jo-bloggs', '2025-03-03-jo-bloggs').replace('cases_coverage: all\n', `cases_coverage: all\n${block}`);
    const copyFile = 'records/sessions/2025/2025-03-03-jo-bloggs.md';
    repo.write(copyFile, copy);
    const result = await verify(copyFile);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAIL ${copyFile}  sam-lee (supervisor, 2025-02-04T10:12:00+00:00): the record was changed after it was signed`);
  });
});

describe('who may sign', () => {
  it('infers the role: supervisor, supervisee, attendee', async () => {
    expect((await sign(GROUP_FILE, '--as', 'ali-khan')).stdout).toBe(`signed ${GROUP_FILE} as ali-khan (attendee)\n`);
    expect((await sign(GROUP_FILE, '--as', 'sam-lee')).stdout).toBe(`signed ${GROUP_FILE} as sam-lee (supervisor)\n`);
  });

  it('refuses someone who is not a party, leaving the file untouched', async () => {
    const before = read(GROUP_FILE);
    const result = await sign(GROUP_FILE, '--as', 'pat-morgan');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot sign ${GROUP_FILE}: pat-morgan is not a party to this session`);
    expect(read(GROUP_FILE)).toBe(before);
  });

  it('refuses a role the signer does not hold', async () => {
    const result = await sign(SESSION_FILE, '--as', 'jo-bloggs', '--role', 'supervisor');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('jo-bloggs is not the supervisor of this session (they are its supervisee)');
  });

  it('refuses an invalid record, and signs none of several files when one is refused', async () => {
    const invalid = SESSION.replace('duration_minutes: 60\n', '');
    writeFileSync(path.join(repo.root, SESSION_FILE), invalid);
    const groupBefore = read(GROUP_FILE);
    const result = await runCli(repo.root, ['sign', GROUP_FILE, SESSION_FILE, '--as', 'sam-lee']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot sign ${SESSION_FILE}: does not pass its schema`);
    expect(read(SESSION_FILE)).toBe(invalid);
    expect(read(GROUP_FILE)).toBe(groupBefore);
  });

  it('refuses an unknown staff id, a bad --at and a file outside records/ as usage errors', async () => {
    expect(await sign(SESSION_FILE, '--as', 'nobody')).toMatchObject({ code: 2 });
    expect(await sign(SESSION_FILE, '--as', 'sam-lee', '--at', '2025-02-04 10:12')).toMatchObject({ code: 2 });
    expect(await sign('notes.md', '--as', 'sam-lee')).toMatchObject({ code: 2 });
  });

  it('refuses when signatures is not the last field, rather than move lines', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee');
    const moved = read(SESSION_FILE).replace('cases_coverage: all\n', '').replace('\n---\n', '\ncases_coverage: all\n---\n');
    writeFileSync(path.join(repo.root, SESSION_FILE), moved);
    const result = await sign(SESSION_FILE, '--as', 'jo-bloggs');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('`signatures` must be the last field, but cases_coverage comes after it');
    expect(read(SESSION_FILE)).toBe(moved);
  });

  it('refuses a staff record', () => {
    const records = loadRecords(repo.root);
    expect(() => signRecordText(read('records/staff/jo-bloggs.md'), { as: 'sam-lee', at: '2025-02-04T10:12:00Z', records })).toThrow(SignRefusal);
  });

  it('keeps the earlier entry when the same person signs again in the same role: the record keeps the day it was first signed', async () => {
    await sign(SESSION_FILE, '--as', 'jo-bloggs', '--at', '2025-02-04T09:00:00+00:00');
    await sign(SESSION_FILE, '--as', 'sam-lee');
    writeFileSync(path.join(repo.root, SESSION_FILE), read(SESSION_FILE).replace('two families', 'three families'));
    const again = await sign(SESSION_FILE, '--as', 'jo-bloggs', '--at', '2025-02-06T09:00:00+00:00');
    expect(again.stdout).toContain('again (the signature of 2025-02-04T09:00:00+00:00 is kept, superseded by this one)');
    const text = read(SESSION_FILE);
    expect(text.match(/by: jo-bloggs/g)).toHaveLength(2);
    expect(text).toContain('at: 2025-02-04T09:00:00+00:00');
    expect(text.indexOf('by: sam-lee')).toBeLessThan(text.lastIndexOf('by: jo-bloggs'));
    expect(text).toContain('at: 2025-02-06T09:00:00+00:00');
    // The superseded entry is history, not a failure; only Sam's, made before the amendment, fails.
    const verified = await verify(SESSION_FILE, '--format', 'json');
    const statuses = JSON.parse(verified.stdout).files[0].signatures.map((one: { by: string; status: string }) => `${one.by} ${one.status}`);
    expect(statuses).toEqual(['jo-bloggs superseded', 'sam-lee not-valid', 'jo-bloggs recorded']);
  });
});

describe('personal keys', () => {
  beforeEach(() => {
    repo = makeRepo({ withPublicKeys: true });
    repo.write(SESSION_FILE, SESSION);
    repo.write(GROUP_FILE, GROUP);
  });
  const keyFile = (id: string) => {
    const file = path.join(repo.root, `${id}.pem`);
    writeFileSync(file, repo.keys[id]!.privateKeyPem);
    return file;
  };

  it('adds a sig that verifies, and a tampered sig fails', async () => {
    expect((await sign(SESSION_FILE, '--as', 'sam-lee', '--key', keyFile('sam-lee'))).code).toBe(0);
    expect((await verify(SESSION_FILE)).stdout).toMatch(/sam-lee \(supervisor, personal key SHA256:[A-Za-z0-9+\/]{43}\)/);
    const text = read(SESSION_FILE);
    const sig = /sig: (\S+)/.exec(text)![1]!;
    const tampered = sig.startsWith('A') ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    writeFileSync(path.join(repo.root, SESSION_FILE), text.replace(sig, tampered));
    const result = await verify(SESSION_FILE);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('sam-lee (supervisor, 2025-02-04T10:12:00+00:00): the personal signature does not verify with the key Sam Lee held on 2025-02-04');
  });

  it('a sig over another time fails: the signature covers `at`', async () => {
    await sign(SESSION_FILE, '--as', 'sam-lee', '--key', keyFile('sam-lee'));
    writeFileSync(path.join(repo.root, SESSION_FILE), read(SESSION_FILE).replace('at: 2025-02-04T10:12:00+00:00', 'at: 2025-02-03T10:12:00+00:00'));
    expect((await verify(SESSION_FILE)).code).toBe(1);
  });

  it("refuses someone else's key", async () => {
    const before = read(SESSION_FILE);
    const result = await sign(SESSION_FILE, '--as', 'sam-lee', '--key', keyFile('jo-bloggs'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the key SHA256:\S+ is not one of sam-lee's keys in records\/staff\/sam-lee.md/);
    expect(read(SESSION_FILE)).toBe(before);
  });

  it('refuses a key when the staff record has no public_key, and verify cannot check such a sig', async () => {
    repo = makeRepo();
    repo.write(SESSION_FILE, SESSION);
    const result = await sign(SESSION_FILE, '--as', 'sam-lee', '--key', keyFile('sam-lee'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sam-lee has no personal key in records/staff/sam-lee.md');

    await sign(SESSION_FILE, '--as', 'sam-lee');
    writeFileSync(path.join(repo.root, SESSION_FILE), read(SESSION_FILE).replace(/(sha256: \w+\n)/, `$1    sig: ${Buffer.alloc(64, 1).toString('base64')}\n`));
    expect((await verify(SESSION_FILE)).stdout).toContain('the personal signature cannot be checked: Sam Lee held no usable key on 2025-02-04');
  });

  it('keygen writes a private key only its owner can read, and never overwrites', async () => {
    const result = await runCli(repo.root, ['keygen', '--out', 'me.pem']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('keys:\n  - public_key: |\n      -----BEGIN PUBLIC KEY-----');
    expect(result.stdout).toContain('    from: 2025-02-04   # the day you commit it');
    expect(statSync(path.join(repo.root, 'me.pem')).mode & 0o777).toBe(0o600);
    expect(read('me.pem.pub')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const before = read('me.pem');
    expect((await runCli(repo.root, ['keygen', '--out', 'me.pem'])).code).toBe(2);
    expect(read('me.pem')).toBe(before);
    expect((await runCli(repo.root, ['keygen', '--out', 'records/staff/me.pem'])).code).toBe(2);
  });
});
