/**
 * The outside trust list (SPEC §11.1): `verify --trusted-keys FILE` or config
 * `trusted_keys: PATH`, kept outside the records repository so that whoever
 * can commit to the records cannot also vouch for their own key. Lines are
 * `<staff-id> <fingerprint or public key line>`; `#` starts a comment.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import { KeyError } from './keys.js';
import { fingerprint, readSshPublicLine } from './openssh.js';

/** A trust list that cannot be used; the message names the file and line. */
export class TrustedKeysError extends UserError {}

const STAFF_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

/** Parse a trust list's text: staff id to the fingerprints trusted for them. `shown` names the file in messages. */
export function parseTrustedKeys(text: string, shown: string): Map<string, Set<string>> {
  const trusted = new Map<string, Set<string>>();
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    const bad = (why: string) => new TrustedKeysError(`${shown}:${index + 1}: ${why}; each line is \`<staff-id> SHA256:<fingerprint>\` or \`<staff-id> ssh-ed25519 AAAA...\``);
    const match = /^(\S+)\s+(.+)$/.exec(line);
    if (!match) throw bad('this line has a staff id but no key');
    const [, id, rest] = match as unknown as [string, string, string];
    if (!STAFF_ID.test(id)) throw bad(`"${id}" is not a staff id`);
    let print: string;
    if (FINGERPRINT.test(rest)) print = rest;
    else if (rest.startsWith('SHA256:')) throw bad('the fingerprint is not a SHA256 fingerprint as `ssh-keygen -l` prints it (43 characters after SHA256:)');
    else {
      try {
        print = fingerprint(readSshPublicLine(rest));
      } catch (error) {
        if (!(error instanceof KeyError)) throw error;
        throw bad(error.message);
      }
    }
    let set = trusted.get(id);
    if (!set) trusted.set(id, (set = new Set()));
    set.add(print);
  });
  return trusted;
}

/**
 * Read a trust list. `from: 'option'` resolves a relative path against the
 * shell's folder (`cwd`), `'config'` against the repository's root. A list
 * inside the repository is refused: it would be as easy to change as the keys
 * it is meant to check.
 */
export function readTrustedKeys(file: string, root: string, from: 'option' | 'config', cwd = process.cwd()): Map<string, Set<string>> {
  const where = from === 'option' ? '--trusted-keys' : 'trusted_keys in the config';
  const absolute = path.resolve(from === 'option' ? cwd : root, file);
  let real: string;
  let text: string;
  try {
    real = realpathSync(absolute);
    text = readFileSync(real, 'utf8');
  } catch (error) {
    throw new TrustedKeysError(`${where}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const realRoot = realpathSync(root);
  const relative = path.relative(realRoot, real);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new TrustedKeysError(`${where}: ${file} is inside the records repository; keep the trusted-keys list outside it (for example in the inspector's or lead's own folder), where the people who commit records cannot change it`);
  }
  return parseTrustedKeys(text, file);
}
