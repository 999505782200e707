/**
 * Issue 15's attacks on signatures, each tried as an attacker would in a real
 * git repository with several commits and authors: none gets past `verify`
 * or lint. (The sealed-PDF attack is tested with the seal.)
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeTempFolders, tempFolder } from '../helpers/git-repo.js';
import { TEAM, staff } from '../helpers/records.js';
import { SESSION, SESSION_FILE, keyRepo, newKey, staffWithKeys, type Key, type KeyRepo } from './keys-helpers.js';

afterAll(removeTempFolders);

let repo: KeyRepo;
let sam: Key;
let jo: Key;

/** `rule: message` of the signature rules' findings. */
async function lintFindings(rules = ['signature-mismatch', 'key-history']): Promise<string[]> {
  const result = await repo.supv(['lint', '--format', 'json', '--as-of', '2026-11-23']);
  const files = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string; line: number }> }>;
  return files.flatMap((file) => file.findings.filter((finding) => rules.includes(finding.rule)).map((finding) => `${file.file}:${finding.line} ${finding.rule}: ${finding.message}`));
}

/** The 1-based line of the last line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findLastIndex((line) => line.includes(needle)) + 1;
}

/** Each signature's `by role status` from `verify --format json`. */
async function statuses(file = SESSION_FILE, extra: string[] = []): Promise<string[]> {
  const result = await repo.supv(['verify', file, '--format', 'json', ...extra]);
  return JSON.parse(result.stdout).files[0].signatures.map((one: { by: string; role: string; status: string }) => `${one.by} ${one.role} ${one.status}`);
}

beforeEach(() => {
  repo = keyRepo();
  sam = newKey();
  jo = newKey();
  repo.write(staffWithKeys('sam-lee', [{ key: sam, from: '2026-01-05' }]), staffWithKeys('jo-bloggs', [{ key: jo, from: '2026-01-05' }]), TEAM[2]!);
  repo.commitAs('Kim Park', '2026-01-05T09:00:00+00:00', 'Staff records with personal keys');
  repo.write(SESSION);
  repo.commitAs('Sam Lee', '2026-02-03T17:00:00+00:00', 'Session record');
});

describe("a key holder's name cannot be signed without their key", () => {
  it('sign --as a key holder without --key is refused, and a hand-written entry without sig fails verify and lint', async () => {
    const refused = await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--at', '2026-02-04T10:00:00+00:00']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(`jo-bloggs holds a personal key (${jo.fingerprint}); a signature in their name needs it: sign with --key FILE`);

    // What the first release's `sign` wrote: the entry, no sig.
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', sam.file, '--at', '2026-02-04T10:00:00+00:00'])).exitCode).toBe(0);
    const hash = /sha256: (\w+)/.exec(repo.read(SESSION_FILE))![1];
    repo.edit(SESSION_FILE, (text) => text.replace(/\n---\n/, `\n  - role: supervisee\n    by: jo-bloggs\n    at: 2026-02-04T11:00:00+00:00\n    sha256: ${hash}\n---\n`));
    repo.commitAs('Ali Khan', '2026-02-04T12:00:00+00:00', 'Signatures');

    const verified = await repo.supv(['verify', SESSION_FILE]);
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toContain("jo-bloggs (supervisee, 2026-02-04T11:00:00+00:00): signed without Jo Bloggs's personal key, which Jo Bloggs held on 2026-02-04");
    expect(await statuses()).toEqual(['sam-lee supervisor verified', 'jo-bloggs supervisee not-valid']);
    expect(await lintFindings()).toEqual([
      `${SESSION_FILE}:${lineOf(repo.read(SESSION_FILE), '- role: supervisee')} signature-mismatch: the signature of Jo Bloggs (supervisee, 2026-02-04T11:00:00+00:00) is not valid: signed without Jo Bloggs's personal key, which Jo Bloggs held on 2026-02-04. Jo Bloggs must sign again with their key (\`supv sign --key\`)`,
    ]);
  });

  it('a garbage sig on a key holder\'s signature is not valid', async () => {
    await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', jo.file, '--at', '2026-02-04T10:00:00+00:00']);
    repo.edit(SESSION_FILE, (text) => text.replace(/sig: \S+/, `sig: ${Buffer.alloc(64, 7).toString('base64')}`));
    repo.commitAs('Jo Bloggs', '2026-02-04T12:00:00+00:00', 'Signed');
    expect(await statuses()).toEqual(['jo-bloggs supervisee not-valid']);
    const verified = await repo.supv(['verify', SESSION_FILE]);
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toContain('the personal signature does not verify with the key Jo Bloggs held on 2026-02-04');
  });

  it('policy.require_keys makes a personal key mandatory for everyone', async () => {
    repo.write({ file: 'supv.config.yaml', text: 'policy:\n  require_keys: true\n' });
    // Ali Khan holds no key; without require_keys his signature is recorded.
    repo.write(staff({ id: 'ali-khan' }));
    const group = SESSION.text.replace('type: one-to-one', 'type: group').replace('supervisee: jo-bloggs\n', 'attendees:\n  - ali-khan\nconfidentiality_agreed: true\n');
    repo.write({ file: SESSION_FILE, text: group });
    const refused = await repo.supv(['sign', SESSION_FILE, '--as', 'ali-khan', '--at', '2026-02-04T10:00:00+00:00']);
    expect(refused.stderr).toContain('every signature needs a personal key here (policy.require_keys)');
    repo.write({ file: 'supv.config.yaml', text: 'policy:\n  require_keys: false\n' });
    expect((await repo.supv(['sign', SESSION_FILE, '--as', 'ali-khan', '--at', '2026-02-04T10:00:00+00:00'])).exitCode).toBe(0);
    expect(await statuses()).toEqual(['ali-khan attendee recorded']);
    repo.write({ file: 'supv.config.yaml', text: 'policy:\n  require_keys: true\n' });
    expect(await statuses()).toEqual(['ali-khan attendee not-valid']);
  });
});

describe('keys come from history, not from today\'s file', () => {
  it("replacing someone's key and re-signing an edited record in their name is not valid, and key-history names the commit", async () => {
    await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', sam.file, '--at', '2026-02-04T10:00:00+00:00']);
    repo.commitAs('Sam Lee', '2026-02-04T10:05:00+00:00', 'Signed by Sam');
    expect(await statuses()).toEqual(['sam-lee supervisor verified']);

    // Pat replaces Sam's key with their own, edits the record and signs it again in Sam's name.
    const pat = newKey();
    repo.write(staffWithKeys('sam-lee', [{ key: pat, from: '2026-03-02' }]));
    repo.edit(SESSION_FILE, (text) => text.replace('Notes.', 'Notes. Nothing of concern was raised.'));
    const resigned = await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', pat.file, '--at', '2026-03-02T10:00:00+00:00']);
    expect(resigned.exitCode).toBe(0);
    const commit = repo.commitAs('Pat Morgan', '2026-03-02T10:05:00+00:00', 'Tidy up');

    const verified = await repo.supv(['verify', SESSION_FILE]);
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toContain(`sam-lee (supervisor, 2026-03-02T10:00:00+00:00): made with key ${pat.fingerprint}, which does not count for Sam Lee: it was added by commit ${commit.slice(0, 12)} (Pat Morgan, 2026-03-02) that also removed key ${sam.fingerprint}`);
    expect(await statuses()).toEqual(['sam-lee supervisor superseded', 'sam-lee supervisor not-valid']);
    const findings = await lintFindings(['key-history']);
    expect(findings).toEqual(expect.arrayContaining([
      expect.stringContaining(`records/staff/sam-lee.md:`),
    ]));
    expect(findings.join('\n')).toContain(`the key ${sam.fingerprint} (keys entry 1 then) was removed in commit ${commit.slice(0, 12)} by Pat Morgan on 2026-03-02; keys are append-only`);
    expect(findings.join('\n')).toContain(`the key ${pat.fingerprint} was added in commit ${commit.slice(0, 12)} by Pat Morgan on 2026-03-02, after Sam Lee's first key; confirm with Sam Lee in person`);
  });

  it('a key appended in its own commit draws a warning, and --trusted-keys keeps it out', async () => {
    const pat = newKey();
    repo.write(staffWithKeys('sam-lee', [{ key: sam, from: '2026-01-05' }, { key: pat, from: '2026-03-02' }]));
    repo.commitAs('Pat Morgan', '2026-03-02T09:00:00+00:00', 'New key for Sam');
    await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', pat.file, '--at', '2026-03-02T10:00:00+00:00']);
    repo.commitAs('Pat Morgan', '2026-03-02T10:05:00+00:00', 'Signed');
    expect(await statuses()).toEqual(['sam-lee supervisor verified']);
    expect(await lintFindings(['key-history'])).toEqual([expect.stringMatching(new RegExp(`^records/staff/sam-lee.md:\\d+ key-history: the key ${pat.fingerprint.replace(/[+/]/g, '\\$&')} was added in commit \\w{12} by Pat Morgan on 2026-03-02, after Sam Lee's first key`))]);

    const outside = tempFolder('supv-trust-');
    const list = path.join(outside, 'trusted-keys');
    writeFileSync(list, `# confirmed in person\nsam-lee ${sam.fingerprint}\njo-bloggs ${jo.fingerprint}   # Jo, 5 Jan\n`);
    expect(await statuses(SESSION_FILE, ['--trusted-keys', list])).toEqual(['sam-lee supervisor not-valid']);
    const verified = await repo.supv(['verify', SESSION_FILE, '--trusted-keys', list]);
    expect(verified.stdout).toContain(`made with key ${pat.fingerprint}, which the trusted-keys list does not give to Sam Lee`);
    writeFileSync(list, `sam-lee ${sam.fingerprint}\nsam-lee ${pat.fingerprint}\n`);
    expect(await statuses(SESSION_FILE, ['--trusted-keys', list])).toEqual(['sam-lee supervisor verified']);
  });

  it('a trusted-keys list with a malformed line, or inside the repository, is a usage error', async () => {
    const list = path.join(tempFolder('supv-trust-'), 'trusted');
    writeFileSync(list, `sam-lee ${sam.fingerprint}\n\nsam-lee SHA256:short\n`);
    const bad = await repo.supv(['verify', '--trusted-keys', list]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain(`${list}:3: the fingerprint is not a SHA256 fingerprint`);
    writeFileSync(list, 'Sam Lee ssh-ed25519\n');
    expect((await repo.supv(['verify', '--trusted-keys', list])).stderr).toContain(`${list}:1: "Sam" is not a staff id`);
    writeFileSync(path.join(repo.root, 'trusted'), `sam-lee ${sam.fingerprint}\n`);
    const inside = await repo.supv(['verify', '--trusted-keys', 'trusted']);
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toContain('is inside the records repository');
    repo.write({ file: 'supv.config.yaml', text: 'trusted_keys: trusted\n' });
    expect((await repo.supv(['verify'])).exitCode).toBe(2);
  });
});

describe('roles fit the record', () => {
  it('a role hand-edited from supervisor to supervisee is not valid', async () => {
    await repo.supv(['sign', SESSION_FILE, '--as', 'sam-lee', '--key', sam.file, '--at', '2026-02-04T10:00:00+00:00']);
    repo.edit(SESSION_FILE, (text) => text.replace('- role: supervisor', '- role: supervisee'));
    repo.commitAs('Sam Lee', '2026-02-04T12:00:00+00:00', 'Signed');
    const verified = await repo.supv(['verify', SESSION_FILE]);
    expect(verified.exitCode).toBe(1);
    expect(verified.stdout).toContain('sam-lee (supervisee, 2026-02-04T10:00:00+00:00): Sam Lee is not the supervisee of this session');
    expect(await lintFindings(['signature-mismatch'])).toEqual([
      `${SESSION_FILE}:${lineOf(repo.read(SESSION_FILE), '- role: supervisee')} signature-mismatch: Sam Lee signed as supervisee, but is not the supervisee of this record; a signature counts only in the role the record gives its signer`,
    ]);
  });
});

describe('signing again keeps history', () => {
  it('the first signature stays, superseded, and the latest counts', async () => {
    await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', jo.file, '--at', '2026-02-04T10:00:00+00:00']);
    repo.commitAs('Jo Bloggs', '2026-02-04T10:05:00+00:00', 'Signed');
    repo.edit(SESSION_FILE, (text) => text.replace('Notes.', 'Notes. Amended: the review date is 3 March.'));
    repo.commitAs('Sam Lee', '2026-02-05T09:00:00+00:00', 'Amendment');
    expect(await statuses()).toEqual(['jo-bloggs supervisee not-valid']);
    await repo.supv(['sign', SESSION_FILE, '--as', 'jo-bloggs', '--key', jo.file, '--at', '2026-02-05T10:00:00+00:00']);
    repo.commitAs('Jo Bloggs', '2026-02-05T10:05:00+00:00', 'Signed again');
    expect(repo.read(SESSION_FILE)).toContain('at: 2026-02-04T10:00:00+00:00');
    expect(await statuses()).toEqual(['jo-bloggs supervisee superseded', 'jo-bloggs supervisee verified']);
    const verified = await repo.supv(['verify', SESSION_FILE]);
    // The supervisor has still to sign, so the record is not "ok" yet; the re-signature itself holds.
    expect(verified.stdout).toContain(`-    ${SESSION_FILE}  signed by jo-bloggs (supervisee, personal key ${jo.fingerprint}; first signed 2026-02-04T10:00:00+00:00, signed again); still to sign: sam-lee (supervisor)`);
    expect(verified.exitCode).toBe(0);
    expect(await lintFindings()).toEqual([]);
  });
});
