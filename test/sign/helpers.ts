import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, type KeyPairPem } from '../../src/sign/keys.js';

/** Fictional people; each gets a key pair, and the public key goes in their staff record when asked. */
export const STAFF = ['sam-lee', 'jo-bloggs', 'ali-khan', 'pat-morgan'] as const;

export const SESSION = `---
# Monthly supervision, written up by Sam the same afternoon.
kind: session
id: 2025-02-03-jo-bloggs
date: 2025-02-03   # the day we met
type: one-to-one
supervisor: "sam-lee"
supervisee: 'jo-bloggs'
duration_minutes: 60
functions: [accountability, development, support]
cases_coverage: all
---

## Summary of events

Jo discussed two families.   
Trailing spaces above are part of what was typed.
`;

export const GROUP = `---
kind: session
id: 2025-02-10-team
date: 2025-02-10
type: group
supervisor: sam-lee
attendees: [jo-bloggs, ali-khan]
confidentiality_agreed: true
duration_minutes: 90
functions: [development, support]
---
Group supervision: boundaries of confidentiality agreed at the start.
`;

export function staffRecord(id: string, publicKeyPem?: string): string {
  const name = id.split('-').map((part) => part[0]!.toUpperCase() + part.slice(1)).join(' ');
  const key = publicKeyPem ? `public_key: |\n${publicKeyPem.trimEnd().split('\n').map((line) => `  ${line}`).join('\n')}\n` : '';
  return `---\nkind: staff\nid: ${id}\nname: ${name}\nrole: Family Support Worker\ntier: case-holder\nstarted: 2024-09-02\nsupervisors:\n  - id: sam-lee\n    from: 2024-09-02\nsupervision_training: 2023-05-10\n${key}---\n`;
}

export interface TestRepo {
  root: string;
  keys: Record<string, KeyPairPem>;
  /** Write a record under records/ and return its absolute path. */
  write(file: string, text: string): string;
}

/** A records repository in a temporary folder, with staff records for {@link STAFF}. */
export function makeRepo(options: { withPublicKeys?: boolean } = {}): TestRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'supv-sign-'));
  const write = (file: string, text: string) => {
    const absPath = path.join(root, file);
    mkdirSync(path.dirname(absPath), { recursive: true });
    writeFileSync(absPath, text);
    return absPath;
  };
  const keys: Record<string, KeyPairPem> = {};
  for (const id of STAFF) {
    keys[id] = generateKeyPair();
    write(`records/staff/${id}.md`, staffRecord(id, options.withPublicKeys ? keys[id]!.publicKeyPem : undefined));
  }
  return { root, keys, write };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in the repository, with a fixed clock. */
export async function runCli(root: string, args: string[], now = new Date('2025-02-04T10:12:00Z')): Promise<RunResult> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: root,
    env: {},
    isTTY: false,
    now: () => now,
  });
  return { code, stdout, stderr };
}
