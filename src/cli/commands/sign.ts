import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadRecords } from '../../load/load.js';
import { isRecordPath, RECORDS_DIR } from '../../load/discover.js';
import { KeyError, readPrivateKey } from '../../sign/keys.js';
import { SIGNATURE_ROLES, SignRefusal, formatTimestamp, isTimestamp, signRecordText, type SignatureRole, type SignResult } from '../../sign/sign.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { escapeInline as one } from '../../util/terminal.js';
import { resolveContext, resolvePathArgument, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';

export interface SignCommandOptions extends GlobalOptions {
  as?: string;
  role?: string;
  key?: string;
  at?: string;
}


/** `supv sign FILE... --as STAFF [--role R] [--key FILE] [--at TIMESTAMP]`. */
export async function signCommand(files: string[], options: SignCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const as = options.as;
  if (!as) throw new UsageError('say who is signing with --as STAFF-ID');
  const role = parseRole(options.role);
  const at = options.at ?? formatTimestamp(io.now());
  if (!isTimestamp(at)) throw new UsageError(`--at must be an RFC 3339 timestamp with seconds and an offset, such as 2025-02-04T10:12:00+00:00, not ${at}`);
  const privateKeyPem = options.key === undefined ? undefined : readKeyFile(path.resolve(io.cwd, options.key));

  const records = loadRecords(context.root);
  const signer = records.byId.get(as);
  if (!signer || signer.kind !== 'staff') throw new UsageError(`--as ${as}: there is no valid staff record with that id (records/staff/${as}.md)`);

  // Check every file first, so a refusal leaves all of them untouched.
  const planned: { absPath: string; file: string; result: SignResult }[] = [];
  const refused: string[] = [];
  for (const absPath of [...new Set(files.map((given) => resolvePathArgument(context, given)))]) {
    const file = recordPath(absPath, context.root);
    try {
      const result = signRecordText(readText(absPath), { as, role, at, privateKeyPem, records, file, requireKeys: context.config.policy.require_keys, timezone: context.config.timezone });
      planned.push({ absPath, file, result });
    } catch (error) {
      if (!(error instanceof SignRefusal)) throw error;
      refused.push(`${one(file)}: ${error.message}`);
    }
  }
  if (refused.length > 0) {
    for (const line of refused) io.stderr(`supv: cannot sign ${line}\n`);
    io.stderr(`supv: nothing was signed (${refused.length} of ${planned.length + refused.length} files refused)\n`);
    return 1;
  }

  for (const { absPath, file, result } of planned) {
    await writeAtomic(absPath, result.text);
    const { by, role: signedAs, sig } = result.entry;
    const { key } = result.entry;
    io.stdout(`signed ${one(file)} as ${by} (${signedAs})${sig ? ` with personal key ${key}` : ''}${result.again ? `, again (the signature of ${result.again.at} is kept, superseded by this one)` : ''}\n`);
  }
  return 0;
}

function parseRole(role: string | undefined): SignatureRole | undefined {
  if (role === undefined) return undefined;
  if (!(SIGNATURE_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${SIGNATURE_ROLES.join(', ')}, not ${role}`);
  return role as SignatureRole;
}

function readKeyFile(absPath: string): string {
  let pem: string;
  try {
    pem = readFileSync(absPath, 'utf8');
  } catch (error) {
    throw new UsageError(`--key ${absPath}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    readPrivateKey(pem);
  } catch (error) {
    if (error instanceof KeyError) throw new UsageError(`--key ${absPath}: ${error.message}`);
    throw error;
  }
  return pem;
}

/** sign writes only into records/ (SPEC §10): the file must be a record there. */
function recordPath(absPath: string, root: string): string {
  const file = path.relative(root, absPath).split(path.sep).join('/');
  if (!isRecordPath(file)) throw new UsageError(`${absPath} is not a record: records are the *.md files under ${RECORDS_DIR}/`);
  if (!existsSync(absPath) || !statSync(absPath).isFile()) throw new UsageError(`${file}: no such file`);
  return file;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text with its BOM, if any, kept: signing must give every byte back. */
function readText(absPath: string): string {
  try {
    return utf8.decode(readFileSync(absPath));
  } catch {
    throw new SignRefusal('is not valid UTF-8; save it as UTF-8');
  }
}
