import { lintRepository } from './global-options.js';
import { readAhead } from '../load/read-ahead.js';

const argv = process.argv.slice(2);
// Before the rest of the CLI loads: a large lint's worker threads load their code meanwhile.
const lintRoot = lintRepository(argv, process.cwd());
const early = lintRoot === undefined ? undefined : readAhead(lintRoot);

const { main } = await import('./main.js');
const { processIo } = await import('./io.js');
process.exitCode = await main(argv, processIo(), { readAhead: early });
