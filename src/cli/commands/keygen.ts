import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { gitIn, type GitRunner } from '../../git/run.js';
import { RECORDS_DIR } from '../../load/discover.js';
import { DateTime } from 'luxon';
import { generateKeyPair, readPublicKey } from '../../sign/keys.js';
import { fingerprint } from '../../sign/openssh.js';
import { writeAtomic } from '../../util/atomic-write.js';
import type { GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';

export interface KeygenOptions extends GlobalOptions {
  out?: string;
  /** Write the private key even inside a git work tree (never inside records/). */
  force?: boolean;
}

/** Where the README and the refusal suggest keeping a private key: the owner's own folder, outside every repository. */
export const KEY_FOLDER = '~/.config/supv/';

/**
 * `supv keygen --out FILE`: an ed25519 key pair for personal signatures. The
 * private key goes to FILE (readable by its owner only), the public key to
 * FILE.pub and the screen, ready to paste into the staff record. A private
 * key inside a git work tree is refused unless `--force` (SPEC §11.4): one
 * `git add -A` would publish it to everyone with a clone, for ever.
 */
export async function keygenCommand(options: KeygenOptions, io: Io): Promise<number> {
  if (!options.out) throw new UsageError('say where to write the private key with --out FILE');
  const privatePath = path.resolve(io.cwd, options.out);
  const publicPath = `${privatePath}.pub`;
  const root = path.resolve(io.cwd, options.cwd ?? '.');
  if (insideRecords(privatePath, root)) throw new UsageError(`--out ${options.out}: a private key must never be kept in ${RECORDS_DIR}/, where it would be committed with the records`);
  for (const target of [privatePath, publicPath]) {
    // A key is never overwritten: losing one makes its signatures uncheckable.
    if (existsSync(target)) throw new UsageError(`${target} already exists; supv never overwrites a key. Choose another --out`);
  }
  const folder = path.dirname(privatePath);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`--out ${options.out}: the folder ${folder} does not exist`);
  // The key's folder decides, not where supv runs: `--out ~/records/me.key` from home is just as exposed.
  const git = gitIn(folder);
  const inWorkTree = await git.isRepository();
  if (inWorkTree && !options.force) {
    const top = (await git.run(['rev-parse', '--show-toplevel'])).trim();
    throw new UsageError(`--out ${options.out}: ${privatePath} is inside the git repository at ${top}, where \`git add -A\` would commit the private key for everyone with a clone to see. Keep it outside every repository, in a folder of your own: mkdir -p ${KEY_FOLDER} && supv keygen --out ${KEY_FOLDER}<your-id>.key (or --force to write it here anyway)`);
  }

  const { privateKeyPem, publicKeyPem } = generateKeyPair();
  await writeAtomic(privatePath, privateKeyPem, { mode: 0o600 });
  await writeAtomic(publicPath, publicKeyPem, { mode: 0o644 });
  if (inWorkTree && !(await ignoredByGit(git, privatePath))) {
    io.stderr(`supv keygen: warning: git does not ignore ${privatePath}; add it to .gitignore (supv init's ignores *.key and *.pem) before the next commit, or move it out of the repository\n`);
  }

  io.stdout(`private key: ${privatePath} (keep it to yourself; sign with --key ${options.out})\n`);
  io.stdout(`public key:  ${publicPath}\n\n${publicKeyPem}\n`);
  const today = DateTime.fromJSDate(io.now()).toISODate()!;
  io.stdout(`fingerprint: ${fingerprint(readPublicKey(publicKeyPem))}\n\n`);
  io.stdout('Add it to your staff record, records/staff/<your-id>.md, as a new entry at the end of its `keys:` list\n');
  io.stdout('(start the list if there is none; leave earlier entries exactly as they are: give a replaced or lost key an `until:` date, never remove it):\n\n');
  io.stdout(`keys:\n  - public_key: |\n${publicKeyPem.trimEnd().split('\n').map((line) => `      ${line}`).join('\n')}\n    from: ${today}   # the day you commit it, not earlier\n\n`);
  io.stdout('Commit it, and ask your designated lead to confirm the fingerprint above with you in person.\n');
  return 0;
}

/** True when git would leave the file out of `git add -A`. */
async function ignoredByGit(git: GitRunner, file: string): Promise<boolean> {
  try {
    // git prints the path when it is ignored, nothing when it is not.
    return (await git.run(['check-ignore', '--', path.basename(file)])).trim() !== '';
  } catch {
    return false;
  }
}

/** True inside `<root>/records`, or inside any `records` folder that sits in a records repository. */
function insideRecords(file: string, root: string): boolean {
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] === RECORDS_DIR && relative.length > 1) return true;
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) !== RECORDS_DIR) continue;
    const parent = path.dirname(dir);
    if (existsSync(path.join(parent, 'supv.config.yaml')) || existsSync(path.join(parent, '.git'))) return true;
  }
  return false;
}
