import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords, loadRecordsInParallel } from '../../src/load/load.js';
import { packChunk, unpackChunk } from '../../src/load/chunks.js';
import { readAhead, takeReading } from '../../src/load/read-ahead.js';
import { CHUNK } from '../../src/load/readers.js';
import { readRecordParts } from '../../src/parse/read-record.js';
import { lintRepository } from '../../src/cli/global-options.js';
import { contentHash, recordContentHash } from '../../src/sign/content-hash.js';
import type { LoadedRecord, RecordSet } from '../../src/model.js';
import { generateFixtures } from '../../scripts/examples/generate-fixtures.mjs';
import { BAD_INPUTS } from '../helpers/bad-inputs.js';
import { runInProcess } from '../helpers/cli.js';

/**
 * Large repositories are read in worker threads beside the main one
 * (src/load/load.ts). Whatever thread reads a file, the record must be the same:
 * same fields, same problems at the same places, same content hash.
 */

/** A generated repository with every bad input of the lint tests spread among its records, so they land in different chunks. */
function repository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supv-parallel-'));
  generateFixtures(3 * CHUNK, dir, { seed: 3 });
  for (const [index, bad] of BAD_INPUTS.entries()) {
    // Names sort among the generated staff records, in every chunk.
    const file = bad.file.replace('records/staff/', `records/staff/${String.fromCharCode(97 + (index % 26))}-`);
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), bad.content);
  }
  // Numbers JSON cannot carry (NaN, Infinity, -0): their chunk crosses between threads as objects.
  for (const [name, value] of [['nan', '.nan'], ['inf', '-.inf'], ['minus-zero', '-0.0']]) {
    const file = path.join(dir, `records/staff/m-odd-${name}.md`);
    writeFileSync(file, `---\nid: odd-${name}\nkind: staff\nname: Odd Number\nrole: Teacher\ntier: general\nstarted: 2024-01-01\nhours: ${value}\n---\n`);
  }
  return dir;
}

/** What a rule can see of a record, positions of its problems included. */
function observable(record: LoadedRecord) {
  const { locate, ...fields } = record;
  const problems = record.schemaProblems.map((problem) => ({ ...problem, at: locate(problem) }));
  return { ...fields, problems, hash: recordContentHash(record), idAt: locate({ pointer: '/id', target: 'value' }) };
}

function describeSet(set: RecordSet) {
  return { files: set.files.map(observable), ids: [...set.byId.keys()], sessions: set.ofKind.session.map((record) => record.file) };
}

describe('reading records in worker threads', () => {
  const root = repository();
  const sequential = describeSet(loadRecords(root));

  it('the fixture straddles several chunks and holds every bad input', () => {
    expect(sequential.files.length).toBeGreaterThan(3 * CHUNK);
    expect(sequential.files.filter((record) => record.parseProblem).length).toBeGreaterThan(10);
    expect(sequential.files.filter((record) => record.schemaProblems.length > 0).length).toBeGreaterThan(5);
  });

  it.each([
    { workers: 1, mainThreadReads: false },
    { workers: 2, mainThreadReads: false },
    { workers: 1, mainThreadReads: true },
  ])('with $workers worker(s) (main thread reads too: $mainThreadReads), every record is what the main thread alone reads', async (options) => {
    const parallel = describeSet(await loadRecordsInParallel(root, options));
    expect(parallel.files.map((record) => record.file)).toEqual(sequential.files.map((record) => record.file));
    expect(parallel).toEqual(sequential);
  });

  it('every record has the same fields in the same order, whichever thread read it and whatever it holds', async () => {
    // The rules read these fields for every record; objects of one shape are read fastest (src/parse/read-record.ts).
    const shapes = new Set([...loadRecords(root).files, ...(await loadRecordsInParallel(root, { workers: 1, mainThreadReads: true })).files].map((record) => Object.keys(record).join()));
    expect([...shapes]).toEqual(['file,absPath,text,data,body,fenceLine,bodyLine,parseProblem,schemaProblems,valid,kind,id,contentHash,locate']);
  });

  it('hashes worked out in a worker are the content hash of the record', async () => {
    const set = await loadRecordsInParallel(root, { workers: 1, mainThreadReads: false });
    const signed = set.files.filter((record) => record.valid && Array.isArray(record.data?.signatures) && (record.data.signatures as unknown[]).length > 0);
    expect(signed.length).toBeGreaterThan(100);
    for (const record of signed) expect(recordContentHash(record)).toBe(contentHash(record.data!, record.body));
  });

  it('a small repository is read in this thread alone, with the same result', async () => {
    expect(describeSet(await loadRecordsInParallel(root, { workers: 0 }))).toEqual(sequential);
  });

  describe('read ahead: `supv lint` starts reading before the CLI has loaded', () => {
    it('a small repository is listed by a worker and read in this thread, with the same result', async () => {
      const ahead = readAhead(root);
      expect(describeSet(await loadRecordsInParallel(root, { readAhead: ahead }))).toEqual(sequential);
    });

    it('a large repository is read in the worker that listed it and in this thread, with the same result', async () => {
      const ahead = readAhead(root, { parallelFrom: 1 });
      expect(describeSet(await loadRecordsInParallel(root, { readAhead: ahead }))).toEqual(sequential);
    });

    it('the worker that listed a large repository reads every chunk this thread leaves to it', async () => {
      const reading = (await takeReading(readAhead(root, { parallelFrom: 1 }), root))!;
      const received: number[] = [];
      reading.receive((chunk, packed) => {
        received.push(chunk);
        expect(unpackChunk(packed).map((parts) => parts.file)).toEqual(reading.filesOf(chunk).map((found) => found.file));
      });
      await reading.finished;
      expect(received.sort((a, b) => a - b)).toEqual([...Array(Math.ceil(sequential.files.length / CHUNK)).keys()]);
    });

    it('the worker that listed a small repository reads nothing', async () => {
      const reading = (await takeReading(readAhead(root), root))!;
      expect(reading.found.map((found) => found.file)).toEqual(sequential.files.map((record) => record.file));
      const received: number[] = [];
      reading.receive((chunk) => received.push(chunk));
      await reading.finished;
      expect(received).toEqual([]);
    });

    it('the reading is taken once: a second load reads again', async () => {
      const ahead = readAhead(root, { parallelFrom: 1 });
      expect(await takeReading(ahead, root)).toBeDefined();
      expect(await takeReading(ahead, root)).toBeUndefined();
    });

    it('a reading of another folder is stopped and not used', async () => {
      const other = mkdtempSync(path.join(os.tmpdir(), 'supv-other-'));
      generateFixtures(20, other, { seed: 4 });
      const ahead = readAhead(other, { parallelFrom: 1 });
      expect(await takeReading(ahead, root)).toBeUndefined();
      expect(describeSet(await loadRecordsInParallel(root, { readAhead: ahead }))).toEqual(sequential);
    });

    it('supv lint takes the reading the binary started, and gives the report a cold read gives', async () => {
      const cold = await runInProcess(['lint', '--format', 'json'], root);
      const ahead = readAhead(root, { parallelFrom: 1 });
      const warm = await runInProcess(['lint', '--format', 'json'], root, undefined, {}, { readAhead: ahead });
      expect(ahead.taken).toBe(true);
      expect(warm).toEqual(cold);
    });

    it('a folder that cannot be listed leaves the ordinary path to say why', async () => {
      const ahead = readAhead(path.join(root, 'no-such-folder'));
      expect(await takeReading(ahead, path.join(root, 'no-such-folder'))).toBeUndefined();
    });
  });
});

describe('chunks sent between threads', () => {
  const root = repository();
  const found = (name: string) => ({ file: `records/staff/${name}`, absPath: path.join(root, 'records/staff', name) });

  it('go as JSON text when JSON carries every value, and come back the same', () => {
    const plain = loadRecords(root).files.filter((record) => record.file.startsWith('records/sessions/')).slice(0, 50).map((record) => readRecordParts(record));
    const packed = packChunk(plain);
    expect('json' in packed).toBe(true);
    expect(unpackChunk(packed)).toEqual(plain);
  });

  it.each(['nan', 'inf', 'minus-zero'])('go as objects when a value is a number JSON cannot write (%s), and come back the same', (name) => {
    const odd = readRecordParts(found(`m-odd-${name}.md`));
    expect(typeof odd.data?.hours).toBe('number');
    const packed = packChunk([odd]);
    expect('parts' in packed).toBe(true);
    const [back] = unpackChunk(packed);
    expect(Object.is(back!.data!.hours, odd.data!.hours)).toBe(true);
    expect(back).toEqual(odd);
  });
});

describe('which command lines read ahead', () => {
  // Real folders: the repository is found from the folder upwards, as the lint command finds it.
  const base = mkdtempSync(path.join(os.tmpdir(), 'supv-read-ahead-'));
  const cwd = path.join(base, 'dsl/school');
  const other = path.join(base, 'dsl/other');
  const srv = path.join(base, 'srv/records');
  mkdirSync(path.join(cwd, 'records/sessions/2026'), { recursive: true });
  mkdirSync(other, { recursive: true });
  writeFileSync(path.join(other, 'supv.config.yaml'), 'organisation: Larkfield\n');
  mkdirSync(path.join(srv, 'records'), { recursive: true });
  mkdirSync(path.join(base, 'dsl/notes'));
  it.each([
    [['lint'], cwd],
    [['lint', '--format', 'json', 'records/sessions'], cwd],
    [['lint', '--cwd', '../other'], other],
    [[`--cwd=${srv}`, 'lint'], srv],
    [['--as-of', '2026-11-23', 'lint'], cwd],
    [['lint', '--cwd', 'records/sessions/2026'], cwd],
    [['lint', '--cwd', '../notes'], undefined],
    [['--config', 'lint', 'build'], undefined],
    [['build'], undefined],
    [['lint', '--help'], undefined],
    [['lint', '-V'], undefined],
    [['lint', '--', '--cwd', 'elsewhere'], cwd],
    [[], undefined],
  ])('%j reads ahead in %s', (argv, expected) => {
    expect(lintRepository(argv, cwd)).toBe(expected);
  });
});
