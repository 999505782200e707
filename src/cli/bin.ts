import { lintRepository } from './global-options.js';
import { readAhead } from '../load/read-ahead.js';
import { scanAhead } from '../cache/scan.js';

const argv = process.argv.slice(2);
// Before the rest of the CLI loads: a large lint's worker threads load their code meanwhile.
const lintRoot = lintRepository(argv, process.cwd());
// With --cache most records are not parsed at all: reading them all ahead would only take the other core.
const cached = argv.lastIndexOf('--cache') > argv.lastIndexOf('--no-cache');
const early = lintRoot === undefined || cached ? undefined : readAhead(lintRoot);
// With --cache, the files' times and git's HEAD instead: with nothing changed, most of what the run does.
const scan = lintRoot !== undefined && cached ? scanAhead(lintRoot) : undefined;

const { main } = await import('./main.js');
const { processIo } = await import('./io.js');
process.exitCode = await main(argv, processIo(), { readAhead: early, scanAhead: scan });
