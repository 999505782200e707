import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
// @ts-ignore: plain ESM script without type declarations
import { generateFixtures, signature } from '../scripts/examples/generate-fixtures.mjs';
import { contentHash } from '../src/sign/content-hash.js';

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out.sort();
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

/** The text after the closing `---` line. */
function body(text: string): string {
  return text.slice(/^---\n[\s\S]*?\n---\n/.exec(text)![0].length);
}

describe('scripts/examples/generate-fixtures.mjs', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'supv-fixtures-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const a = path.join(base, 'a');
  const b = path.join(base, 'b');
  const countsA = generateFixtures(300, a, { seed: 7 });
  generateFixtures(300, b, { seed: 7 });
  const filesA = walk(a);

  it('is deterministic: the same seed gives the same bytes', () => {
    const filesB = walk(b);
    expect(filesA.map((f) => path.relative(a, f))).toEqual(filesB.map((f) => path.relative(b, f)));
    for (let i = 0; i < filesA.length; i++) {
      expect(readFileSync(filesA[i]!).equals(readFileSync(filesB[i]!)), filesA[i]).toBe(true);
    }
  });

  it('a different seed gives different records', () => {
    const c = path.join(base, 'c');
    generateFixtures(300, c, { seed: 8 });
    const same = walk(c).map((f) => path.relative(c, f)).join('\n') === filesA.map((f) => path.relative(a, f)).join('\n');
    const sample = filesA.find((f) => f.includes(`${path.sep}sessions${path.sep}`))!;
    const other = path.join(c, path.relative(a, sample));
    const differs = !same || !statSync(other, { throwIfNoEntry: false }) || !readFileSync(other).equals(readFileSync(sample));
    expect(differs).toBe(true);
  });

  it('writes exactly N records in plausible proportions, plus the config', () => {
    const records = filesA.filter((f) => f.endsWith('.md'));
    expect(records).toHaveLength(300);
    expect(filesA).toContain(path.join(a, 'supv.config.yaml'));
    expect(countsA.total).toBe(300);

    const byKind: Record<string, number> = {};
    for (const f of records) {
      const kind = String(frontmatter(readFileSync(f, 'utf8')).kind);
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    expect(byKind).toEqual({ staff: countsA.staff, contract: countsA.contract, session: countsA.session, decision: countsA.decision });
    expect(byKind.staff).toBeGreaterThanOrEqual(4);
    expect(byKind.staff).toBeLessThanOrEqual(10);
    expect(byKind.contract).toBeGreaterThanOrEqual(byKind.staff! - 1);
    expect(byKind.contract).toBeLessThanOrEqual(byKind.staff!);
    expect(byKind.decision).toBeGreaterThanOrEqual(3);
    expect(byKind.session! / 300).toBeGreaterThan(0.8);
  });

  it('every record has frontmatter whose kind matches its folder and whose id is the file name', () => {
    const folderKind: Record<string, string> = { staff: 'staff', contracts: 'contract', sessions: 'session', decisions: 'decision' };
    for (const f of filesA.filter((x) => x.endsWith('.md'))) {
      const rel = path.relative(path.join(a, 'records'), f).split(path.sep);
      const data = frontmatter(readFileSync(f, 'utf8'));
      const id = path.basename(f, '.md');
      expect(data.id, f).toBe(id);
      expect(id).toMatch(ID);
      expect(data.kind, f).toBe(folderKind[rel[0]!]);
      if (data.kind === 'session') {
        expect(data.date).toMatch(DATE);
        expect(rel[1]).toBe(String(data.date).slice(0, 4));
      }
      // Dates stay strings under the core schema, and are real calendar dates.
      for (const key of ['date', 'started', 'agreed', 'left', 'review_due']) {
        if (data[key] === undefined) continue;
        expect(typeof data[key]).toBe('string');
        expect(new Date(`${data[key]}T00:00:00Z`).toISOString().slice(0, 10)).toBe(data[key]);
      }
      const keys = Object.keys(data);
      if (keys.includes('signatures')) expect(keys.at(-1)).toBe('signatures');
    }
  });

  it('references resolve: supervisors, supervisees, attendees, decisions and reviewed actions', () => {
    const records = filesA.filter((f) => f.endsWith('.md')).map((f) => frontmatter(readFileSync(f, 'utf8')));
    const ids = new Set(records.map((r) => String(r.id)));
    const staff = new Set(records.filter((r) => r.kind === 'staff').map((r) => String(r.id)));
    const actions = new Set<string>();
    for (const r of records) for (const act of (r.actions as { id: string }[] | undefined) ?? []) actions.add(`${r.id}#${act.id}`);
    for (const r of records) {
      if (r.kind === 'staff') for (const s of r.supervisors as { id: string }[]) expect(staff.has(s.id)).toBe(true);
      if (r.kind === 'session' || r.kind === 'contract' || r.kind === 'decision') expect(staff.has(String(r.supervisor))).toBe(true);
      if (r.supervisee !== undefined) expect(staff.has(String(r.supervisee))).toBe(true);
      for (const att of (r.attendees as string[] | undefined) ?? []) expect(staff.has(att)).toBe(true);
      for (const c of (r.cases as { decision?: string }[] | undefined) ?? []) if (c.decision) expect(ids.has(c.decision)).toBe(true);
      for (const rev of (r.actions_reviewed as { ref: string }[] | undefined) ?? []) expect(actions.has(rev.ref)).toBe(true);
      if (r.kind === 'decision') expect(ids.has(String(r.session))).toBe(true);
    }
  });

  it('signs every record with the content hash supv computes for it', () => {
    let signatures = 0;
    for (const f of filesA.filter((x) => x.endsWith('.md'))) {
      const text = readFileSync(f, 'utf8');
      const data = frontmatter(text);
      for (const s of (data.signatures as { sha256: string }[] | undefined) ?? []) {
        expect(s.sha256, f).toBe(contentHash(data, body(text)));
        signatures += 1;
      }
    }
    expect(signatures).toBeGreaterThan(100);
  });

  // The generator once hashed with its own copy of SPEC §5, which stripped the body's end with
  // String.prototype.trimEnd: that takes a trailing non-breaking space (U+00A0) too, supv does not.
  it('hashes a body that ends with a non-breaking space as supv does', () => {
    const data = { kind: 'contract', id: 'contract-ada-okafor-2026', supervisee: 'ada-okafor', supervisor: 'bilal-lindqvist', agreed: '2026-01-05' };
    for (const text of ['\nAgreed.\u00a0', '\nAgreed.\u00a0\n', '\nAgreed.\u00a0 \t\r\n\n']) {
      const entry = signature({ ...data }, text, 'supervisor', 'bilal-lindqvist', '2026-01-05T10:00:00+00:00');
      expect(entry.sha256, JSON.stringify(text)).toBe(contentHash(data, text));
    }
    // Still white space to both: a body that ends in spaces, tabs and line ends.
    expect(signature({ ...data }, '\nAgreed. \t\n\n', 'supervisor', 'bilal-lindqvist', '2026-01-05T10:00:00+00:00').sha256).toBe(contentHash(data, '\nAgreed.'));
  });
});
