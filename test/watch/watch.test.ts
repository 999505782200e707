import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, SAM_LEE, session, staff } from '../helpers/records.js';
import { tempDir, watchRepo, closingWatches } from './helpers.js';

/** Jo Bloggs, supervised by Sam Lee, with a contract and a session a fortnight ago: nothing to report on the session. */
const JO = staff({ id: 'jo-bloggs' });
const CONTRACT = contract({ supervisee: 'jo-bloggs', agreed: '2024-09-09' });
const SESSION = session('2025-02-15', { supervisee: 'jo-bloggs' });

const watch = closingWatches();

const rulesOf = (findings: Array<{ rule: string; file: string }>, file: string) => findings.filter((f) => f.file === file).map((f) => f.rule);

describe('supv watch: findings as records change', () => {
  it('reports an error a save introduces as appeared, and the fix as disappeared', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.write(SESSION.file, SESSION.text.replace('supervisor: sam-lee', 'supervisor: sam-le'));
    const broken = await repo.next('lint');
    expect(broken.changed).toEqual([SESSION.file]);
    expect(rulesOf(broken.appeared, SESSION.file)).toContain('unknown-ref');
    // Sam Lee's signature is no longer expected: the session names someone else now.
    expect(broken.disappeared.map((f) => f.message)).toEqual(['not signed by Sam Lee (supervisor); signatures were due by 2025-02-22']);
    expect(broken.appeared.find((f) => f.rule === 'unknown-ref')?.line).toBe(6);

    repo.write(SESSION.file, SESSION.text);
    const fixed = await repo.next('lint');
    // Exactly undone: what appeared is gone, what disappeared is back.
    expect(fixed.disappeared).toEqual(broken.appeared);
    expect(fixed.appeared).toEqual(broken.disappeared);
    expect(fixed.errors).toBe(broken.errors - broken.appeared.length + broken.disappeared.length);
  });

  it('picks up a save by rename (temporary file, then rename over the record)', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.saveByRename(SESSION.file, SESSION.text.replace('duration_minutes: 60', 'duration_minutes: 40'));
    const run = await repo.next('lint');
    expect(run.changed).toEqual([SESSION.file]);
    expect(rulesOf(run.appeared, SESSION.file)).toEqual(['session-short']);
    // The record was replaced, not removed: nothing that depends on it went missing meanwhile.
    expect(run.disappeared).toEqual([]);
    expect(await repo.quiet('lint', 500)).toBe(true);
  });

  it('survives a half-written file: a parse finding, then recovery when the save completes', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.write(SESSION.file, SESSION.text.slice(0, SESSION.text.indexOf('duration_minutes')));
    const half = await repo.next('lint');
    expect(rulesOf(half.appeared, SESSION.file)).toEqual(['parse']);
    // Until it parses again the session's other findings are not known.
    expect(rulesOf(half.disappeared, SESSION.file)).toEqual(['unsigned', 'unsigned']);

    repo.write(SESSION.file, SESSION.text);
    const whole = await repo.next('lint');
    expect(whole.disappeared).toEqual(half.appeared);
    expect(whole.appeared).toEqual(half.disappeared);
  });

  it('re-checks a person\'s sessions when their staff record changes (the supervisor\'s id becomes unknown)', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.write(SAM_LEE.file, SAM_LEE.text.replace('id: sam-lee', 'id: sam-leigh'));
    const run = await repo.next('lint');
    expect(run.changed).toEqual([SAM_LEE.file]);
    expect(rulesOf(run.appeared, SESSION.file)).toContain('unknown-ref');
    expect(rulesOf(run.appeared, SAM_LEE.file)).toContain('id-mismatch');
  });

  it('sees records added and removed, and a folder of them', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.remove(CONTRACT.file);
    const removed = await repo.next('lint');
    expect(removed.changed).toEqual([CONTRACT.file]);
    expect(rulesOf(removed.appeared, JO.file)).toContain('no-contract');

    const later = session('2025-02-27', { supervisee: 'jo-bloggs', functions: ['support'] });
    repo.write(later.file.replace('2025/', '2025/feb/'), later.text);
    const added = await repo.next('lint');
    expect(added.changed).toEqual([later.file.replace('2025/', '2025/feb/')]);
  });

  it('never follows a symbolic link out of the repository, and ignores editor temp files', async () => {
    const outside = tempDir('supv-outside-');
    writeFileSync(path.join(outside, 'kim-park.md'), staff({ id: 'kim-park' }).text);
    mkdirSync(path.join(outside, 'more'));
    writeFileSync(path.join(outside, 'more', 'ali-khan.md'), staff({ id: 'ali-khan' }).text);
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);

    symlinkSync(path.join(outside, 'kim-park.md'), path.join(repo.root, 'records/staff/kim-park.md'));
    symlinkSync(path.join(outside, 'more'), path.join(repo.root, 'records/more'));
    const linked = await repo.next('lint');
    expect(linked.changed).toEqual(['records/staff/kim-park.md']);
    expect(linked.appeared.filter((f) => f.file === 'records/staff/kim-park.md').map((f) => [f.rule, f.message])).toEqual([
      ['parse', 'this symbolic link leads out of the repository; supv reads only records inside it'],
    ]);
    // Sam Lee's supervisor is not found through the link.
    expect(linked.appeared.some((f) => f.file.includes('more/'))).toBe(false);

    // Changing the files outside is not seen at all; nor is an editor's churn inside.
    writeFileSync(path.join(outside, 'kim-park.md'), staff({ id: 'kim-park', role: 'Head of Service' }).text);
    writeFileSync(path.join(outside, 'more', 'ali-khan.md'), 'not a record any more');
    const sessions = path.join(repo.root, 'records/sessions/2025');
    for (const name of [`.${path.basename(SESSION.file)}.swp`, '4913', `${path.basename(SESSION.file)}~`, `.#${path.basename(SESSION.file)}`]) {
      writeFileSync(path.join(sessions, name), 'scratch');
    }
    expect(await repo.quiet('lint', 800)).toBe(true);
  });

  it('a link out of the repository renamed over a record is refused, not read', async () => {
    const outside = tempDir('supv-outside-');
    writeFileSync(path.join(outside, 'jo-bloggs.md'), JO.text.replace('Jo Bloggs', 'Somebody Else'));
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    const temp = path.join(repo.root, 'records/staff/.jo-bloggs.md.tmp');
    symlinkSync(path.join(outside, 'jo-bloggs.md'), temp);
    renameSync(temp, path.join(repo.root, JO.file));
    const run = await repo.next('lint');
    expect(run.appeared.filter((f) => f.file === JO.file).map((f) => f.message)).toEqual([
      'this symbolic link leads out of the repository; supv reads only records inside it',
    ]);
  });

  it('a config change checks everything again under the new policy', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION]);
    repo.write('supv.config.yaml', 'policy:\n  min_duration: PT90M\n');
    const run = await repo.next('lint');
    expect(run.causes).toEqual(['config']);
    expect(rulesOf(run.appeared, SESSION.file)).toEqual(['session-short']);

    repo.write('supv.config.yaml', 'policy:\n  min_duration: [not a duration\n');
    const bad = await repo.next('error');
    expect(bad.message).toMatch(/config file is not valid/);
  });

  it('says PDFs are off when there is no Chromium, and still lints', async () => {
    const repo = await watch([SAM_LEE, JO, CONTRACT, SESSION], { render: true, env: { SUPV_CHROME: '/nowhere/chromium' } });
    const off = repo.events.find((event) => event.type === 'render-off');
    expect(off && 'reason' in off ? off.reason : '').toMatch(/SUPV_CHROME/);
    repo.write(SESSION.file, SESSION.text.replace('supervisor: sam-lee', 'supervisor: sam-le'));
    expect(rulesOf((await repo.next('lint')).appeared, SESSION.file)).toContain('unknown-ref');
    expect(await repo.quiet('render', 500)).toBe(true);
  });

  it('close() stops watching: later saves are not seen', async () => {
    const repo = await watchRepo([SAM_LEE, JO, CONTRACT, SESSION]);
    await repo.handle.close();
    await repo.handle.close();
    repo.write(SESSION.file, SESSION.text.replace('supervisor: sam-lee', 'supervisor: sam-le'));
    expect(await repo.quiet('lint', 600)).toBe(true);
  });
});
