/** The command line: `main(argv, io)` declares every command (one file each in commands/) and returns the exit code. */
import { Command, CommanderError, Option } from 'commander';
import { rules } from '../check/rules/index.js';
import type { ReadAhead } from '../load/read-ahead.js';
import type { ScanAhead } from '../cache/scan.js';
import { lintCommand } from './commands/lint.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { DUE_HELP, NEW_HELP, SIGN_HELP } from './help.js';
import { terminalIo, type Io } from './io.js';
import { UserError } from '../util/errors.js';
import { toolVersion } from './version.js';

/** What the binary started before the CLI loaded, handed on as values. */
export interface EarlyStart {
  /** The records of a `supv lint`, being read already (src/load/read-ahead.ts). */
  readAhead?: ReadAhead;
  /** The files of a `supv lint --cache` and their times, being looked at already (src/cache/scan.ts). */
  scanAhead?: ScanAhead;
}

/**
 * The whole command line as a function: arguments in, exit code out
 * (0 fine, 1 findings, 2 usage, configuration or internal error). The
 * binary only calls this; tests call it in-process with their own Io.
 */
export async function main(argv: string[], given: Io, early: EarlyStart = {}): Promise<number> {
  // Every byte any command writes goes through here: control characters escaped (src/util/terminal.ts).
  const io = terminalIo(given);
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const program = new Command('supv')
    .description('Safeguarding supervision records as files: lint, sign, verify and render them.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run supv --help for the commands)');
  for (const option of GLOBAL_OPTIONS) program.option(option.flags, option.description);

  const run = (action: (...args: never[]) => Promise<number>) =>
    async (...args: unknown[]) => {
      exitCode = await (action as (...a: unknown[]) => Promise<number>)(...args);
    };

  program
    .command('lint')
    .description('validate the records and check them against the supervision policy')
    .argument('[paths...]', 'files or folders to report on (default: every record)')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'junit', 'github']).default('stylish'))
    .option('--output <file>', 'write the report to a file instead of the screen')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--rule <id=setting...>', 'turn a rule off, or set it to warn or error (repeatable)')
    .option('--cache', 'keep what each record gave in .supv-cache/ and read again only the records that changed; findings are the same')
    .option('--no-cache', 'read every record (the default; for a command line that has --cache already)')
    .addHelpText('after', `\nRules:\n${rules.map((rule) => `  ${rule.meta.id.padEnd(24)} ${rule.meta.description}`).join('\n')}\n`)
    .action(run((paths: string[], _options: object, command: Command) => lintCommand(paths, command.optsWithGlobals(), io, early.readAhead, early.scanAhead)));

  program
    .command('due')
    .description('who is overdue, due within N weeks or waiting to sign, grouped by supervisor, with the escalation step')
    .option('--weeks <n>', 'how far ahead to look, in weeks', '2')
    .option('--supervisor <id>', 'only the people this supervisor (a staff id) supervises or must chase for signatures')
    .addOption(new Option('--format <format>', 'text for reading, json for other tools, ics for a calendar app').choices(['text', 'json', 'ics']).default('text'))
    .addHelpText('after', DUE_HELP)
    .action(run(async (_options: object, command: Command) => (await import('./commands/due.js')).dueCommand(command.optsWithGlobals(), io)));

  program
    .command('explain')
    .description("a lint rule's page: what the policy says, what is checked, how to fix a finding")
    .argument('<rule>', `a rule id, such as unsigned (supv lint --help lists them)`)
    .action(run(async (rule: string) => (await import('./commands/explain.js')).explainCommand(rule, io)));

  program
    .command('schema')
    .description('print the JSON Schema of a record kind or of the config')
    .argument('[kind]', 'staff, contract, session, decision or config')
    .action(run(async (kind: string | undefined) => (await import('./commands/schema.js')).schemaCommand(kind, io)));

  program
    .command('sign')
    .description('add your signature to records, keeping their formatting and comments')
    // Both checked by the command, the files first: `supv sign` alone should ask for the file, not for --as.
    .argument('[files...]', 'the record files to sign')
    .option('--as <staff>', 'your staff id, such as sam-lee (required)')
    .addOption(new Option('--role <role>', 'the capacity you sign in (default: your role in the record)').choices(['supervisor', 'supervisee', 'attendee', 'manager']))
    .option('--key <file>', 'your private key from supv keygen: adds a personal ed25519 signature')
    .option('--at <timestamp>', 'when you signed, RFC 3339 with offset (default: now)')
    .addHelpText('after', SIGN_HELP)
    .action(run(async (files: string[], _options: object, command: Command) => (await import('./commands/sign.js')).signCommand(files, command.optsWithGlobals(), io)));

  program
    .command('keygen')
    .description('make an ed25519 key pair for personal signatures')
    .requiredOption('--out <file>', 'where to write the private key (the public key goes to FILE.pub); never overwritten. Keep it outside every repository, e.g. ~/.config/supv/<your-id>.key')
    .option('--force', 'write the private key even inside a git repository (never inside records/)')
    .action(run(async (_options: object, command: Command) => (await import('./commands/keygen.js')).keygenCommand(command.optsWithGlobals(), io)));

  program
    .command('verify')
    .description('check every record signature and every built PDF (its seal and content hash): exit 1 when any fails or cannot be read')
    .argument('[paths...]', 'records, PDFs in the output folder, or a bundle (FILE.pdf, anywhere) to check (default: every record and every PDF)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--out <dir>', 'the output folder whose PDFs are checked (default: `output` in the config, dist)')
    .option('--require-seal', 'a PDF without a digital seal fails')
    .option('--trusted-keys <file>', 'a list kept outside the repository, lines `<staff-id> <SHA256 fingerprint or ssh-ed25519 line>`: a personal signature counts only with a key listed for its signer (default: `trusted_keys` in the config)')
    .option('--trust-cert <file>', 'accept only seals made with this certificate (PEM); overrides seal.certificate_sha256 in the config')
    .action(run(async (paths: string[], _options: object, command: Command) => (await import('./commands/verify.js')).verifyCommand(paths, command.optsWithGlobals(), io)));

  program
    .command('build')
    .description('render the records to PDFs for inspection, skipping those already up to date')
    .argument('[paths...]', 'files or folders to build (default: every record)')
    .option('--out <dir>', 'the output folder (default: `output` in the config, dist)')
    .option('--concurrency <n>', 'pages rendering at once (default: the number of CPUs)')
    .option('--shard <i/n>', 'build only shard I of N (1-based), for a CI matrix')
    .option('--force', 'render every record, even those already up to date')
    .option('--p12 <file>', 'seal each PDF with this PKCS#12 certificate (password in SUPV_P12_PASSWORD)')
    // Rendering loads Chromium's driver and the PDF libraries: only when building (lint starts faster).
    .action(run(async (paths: string[], _options: object, command: Command) => (await import('./commands/build.js')).buildCommand(paths, command.optsWithGlobals(), io)));

  program
    .command('watch')
    .description('lint again and re-render PDFs as records, templates or the config change; Ctrl-C stops')
    .option('--out <dir>', 'the output folder for PDFs (default: `output` in the config, dist)')
    .option('--no-pdf', 'only lint; render no PDFs')
    .option('--no-cache', 'read every record at the start instead of taking unchanged ones from .supv-cache/ (lint --cache\'s cache)')
    // Loads chokidar and the renderer: only when watching.
    .action(run(async (_options: object, command: Command) => (await import('./commands/watch.js')).watchCommand(command.optsWithGlobals(), io)));

  program
    .command('new')
    .description('create a record from its template: session, contract, decision, case-audit or staff')
    .argument('<kind>', 'session, contract, decision, case-audit or staff')
    .option('--supervisee <id>', 'session, contract: the supervisee\'s staff id')
    .option('--date <date>', 'session, case-audit: the date of the session or audit, YYYY-MM-DD (default: today)')
    .option('--type <type>', 'session: one-to-one, peer, ad-hoc, three-way, group or joint-agency (default: one-to-one)')
    .option('--attendees <ids>', 'session: group and joint-agency: everyone supervised, staff ids separated by commas')
    .option('--agreed <date>', 'contract: the date it was agreed (default: today)')
    .option('--dispute-resolution <text>', "contract: who resolves a disagreement (default: the supervisee's line_manager)")
    .option('--session <id>', 'decision: the session where the decision was made')
    .option('--case <ref>', 'decision, case-audit: the case reference, such as FAM-0042')
    .option('--worker <id>', 'case-audit: whose case file it is (default: the supervisee of the last session that discussed the case)')
    .option('--auditor <id>', 'case-audit: who audits it (default: the worker\'s current supervisor)')
    .option('--id <id>', 'staff: the new staff id, such as jo-bloggs')
    .option('--name <name>', 'staff: their name')
    .option('--role <role>', 'staff: their job title')
    .option('--tier <tier>', 'staff: their tier, a key of policy.tiers')
    .option('--supervisor <id>', 'staff: their supervisor\'s staff id; session: who leads it (default: the current supervisor)')
    .option('--started <date>', 'staff: the day they started (default: today)')
    .option('--training <date>', 'staff: the day they completed supervision training (needed by anyone who supervises)')
    .option('--email <address>', 'staff: their email address')
    .option('--line-manager <id>', 'staff: their line manager\'s staff id (named in an escalation\'s three-way meeting)')
    .option('--induction-until <date>', 'staff: the last day of their induction (supervision is more frequent until then)')
    .addHelpText('after', NEW_HELP)
    .action(run(async (kind: string, _options: object, command: Command) => (await import('./commands/new.js')).newCommand(kind, command.optsWithGlobals(), io)));

  program
    .command('init')
    .description('scaffold a records repository: config, CI workflow, .gitignore, and the pre-commit hook in .git/hooks')
    .argument('[dir]', 'the folder to set up (default: the current folder)')
    .option('--organisation <name>', 'the organisation\'s name for supv.config.yaml')
    .option('--hook', 'only install the pre-commit hook into this clone\'s .git/hooks (git never clones hooks)')
    .option('--install-from <spec>', 'where the CI workflow installs supv from: an npm install spec (a tarball from npm pack, a git URL with a tag, or name@version)')
    .option('--examples', 'also write two fictional example staff, left uncommitted, to show the shape of a staff record')
    .action(run(async (dir: string | undefined, _options: object, command: Command) => (await import('./commands/init.js')).initCommand(dir, command.optsWithGlobals(), io)));

  program
    .command('audit')
    .description('a record\'s history from git: commits, field changes, signatures, edits after signing; with no record, a summary of every record')
    .argument('[record]', 'a record file or id (default: summarise every record)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--deleted', 'list every record deleted from the repository')
    .option('--patch', 'show a unified diff of each change to the body')
    .action(run(async (record: string | undefined, _options: object, command: Command) => (await import('./commands/audit.js')).auditCommand(record, command.optsWithGlobals(), io)));

  program
    .command('bundle')
    .description('one inspection PDF: cover, compliance summary, contents, bookmarks, then the records by person')
    .option('--out <file>', 'the PDF to write, or a folder to write bundle.pdf into (default: `output` in the config, dist/bundle.pdf)')
    .option('--from <date>', 'the first day of the period, YYYY-MM-DD (default: the earliest record)')
    .option('--to <date>', 'the last day of the period, YYYY-MM-DD; compliance is judged on it (default: --as-of)')
    .option('--staff <id...>', 'only these people (staff ids)')
    .option('--case <ref>', "one child's chronology: what sessions recorded about the case (nothing about other children), its decision records and case file audits")
    .option('--redact', "replace children's names and dates of birth with the case reference")
    .option('--p12 <file>', 'seal the bundle with this PKCS#12 certificate (password in SUPV_P12_PASSWORD)')
    .option('--volume-size <size>', 'the largest file to write, such as 14MB or 500KB, or none: a bigger bundle is split between records into volumes, each a complete PDF (default: `bundle.volume_size` in the config, 14MB)')
    // Rendering loads Chromium's driver and pdf-lib: only when bundling.
    .action(run(async (_options: object, command: Command) => (await import('./commands/bundle.js')).bundleCommand(command.optsWithGlobals(), io)));

  program
    .command('report')
    .description('compliance dashboard: self-contained HTML, PDF, and JSON and CSV per person and per month')
    .option('--out <dir>', 'the output folder (default: `output` in the config, dist/report)')
    .option('--format <list>', 'comma-separated: html, pdf, json, csv', 'html,pdf,json,csv')
    .action(run(async (_options: object, command: Command) => (await import('./commands/report.js')).reportCommand(command.optsWithGlobals(), io)));

  try {
    // `supv help unsigned` would print the general help: a rule's page is `supv explain`.
    const helpAt = argv.indexOf('help');
    const helpTopic = helpAt >= 0 ? argv[helpAt + 1] : undefined;
    if (helpTopic !== undefined && !program.commands.some((command) => command.name() === helpTopic) && rules.some((rule) => rule.meta.id === helpTopic)) {
      io.stderr(`supv: ${helpTopic} is a lint rule, not a command; its page is: supv explain ${helpTopic}\n`);
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    // The one place a problem the user must act on becomes exit 2: commands let these through (src/util/errors.ts).
    if (error instanceof UserError) {
      io.stderr(`supv: ${error.message}\n`);
      return 2;
    }
    io.stderr(`supv: internal error: ${(error as Error).message}\n`);
    io.stderr(debug ? `${(error as Error).stack}\n` : 'Run again with --debug for details, and please report it.\n');
    return 2;
  }
}
