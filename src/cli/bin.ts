import { lintRepository } from './global-options.js';

const argv = process.argv.slice(2);
// Before the rest of the CLI loads: a large lint's worker threads load their code meanwhile.
const lintRoot = lintRepository(argv, process.cwd());
// With --cache most records are not parsed at all: reading them all ahead would only take the other core. The
// files' times and git's HEAD instead: with nothing changed, most of what the run does. Each loads only its own code.
const cached = argv.lastIndexOf('--cache') > argv.lastIndexOf('--no-cache');
const scan = lintRoot !== undefined && cached ? (await import('../cache/scan.js')).scanAhead(lintRoot) : undefined;
const early = lintRoot === undefined || cached ? undefined : (await import('../load/read-ahead.js')).readAhead(lintRoot);

const { main } = await import('./main.js');
const { processIo } = await import('./io.js');
process.exitCode = await main(argv, processIo(), { readAhead: early, scanAhead: scan });
