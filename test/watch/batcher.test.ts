import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher, type Batch } from '../../src/watch/batcher.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A batcher whose runs are recorded and finish when the test says. */
function batcher(debounceMs = 100) {
  const runs: Batch[] = [];
  const errors: unknown[] = [];
  let finish: (error?: Error) => void = () => undefined;
  const b = new Batcher({
    debounceMs,
    run: (batch) => {
      runs.push(batch);
      return new Promise<void>((resolve, reject) => {
        finish = (error) => (error ? reject(error) : resolve());
      });
    },
    onError: (error) => errors.push(error),
  });
  return { b, runs, errors, finish: (error?: Error) => finish(error) };
}

const summary = (batch: Batch) => ({ records: [...batch.records].sort(), templates: batch.templates, config: batch.config, structural: batch.structural });

describe('the watch batches file events into runs', () => {
  it('a burst of saves is one run, once the quiet time has passed since the last of them', async () => {
    const { b, runs } = batcher();
    b.start();
    b.note('record', 'records/staff/jo-bloggs.md', false);
    await vi.advanceTimersByTimeAsync(80);
    b.note('record', 'records/staff/sam-lee.md', false);
    await vi.advanceTimersByTimeAsync(80);
    expect(runs).toHaveLength(0);
    b.note('template');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.map(summary)).toEqual([{ records: ['records/staff/jo-bloggs.md', 'records/staff/sam-lee.md'], templates: true, config: false, structural: true }]);
  });

  it('plain changes to known files need no walk; an added or removed file does', async () => {
    const { b, runs, finish } = batcher();
    b.start();
    b.note('record', 'records/staff/jo-bloggs.md', false);
    await vi.advanceTimersByTimeAsync(100);
    finish();
    b.note('record', 'records/staff/new.md');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.map((batch) => batch.structural)).toEqual([false, true]);
  });

  it('nothing runs before the first lint is done; what came in meanwhile runs then', async () => {
    const { b, runs } = batcher();
    b.note('config');
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(0);
    b.start();
    expect(runs.map(summary)).toEqual([{ records: [], templates: false, config: true, structural: true }]);
  });

  it('one run at a time: saves during a run are the next run, started when it ends', async () => {
    const { b, runs, finish } = batcher();
    b.start();
    b.note('record', 'records/a.md', false);
    await vi.advanceTimersByTimeAsync(100);
    b.note('record', 'records/b.md', false);
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs.map((batch) => [...batch.records])).toEqual([['records/a.md'], ['records/b.md']]);
  });

  it('a run that fails is reported and the next one still runs', async () => {
    const { b, runs, errors, finish } = batcher();
    b.start();
    b.note('record', 'records/a.md');
    await vi.advanceTimersByTimeAsync(100);
    b.note('record', 'records/b.md');
    finish(new Error('git is gone'));
    await vi.advanceTimersByTimeAsync(100);
    expect(errors.map((error) => (error as Error).message)).toEqual(['git is gone']);
    expect(runs).toHaveLength(2);
  });

  it('after close nothing runs and a failure in the run still going is not reported', async () => {
    const { b, runs, errors, finish } = batcher();
    b.start();
    b.note('record', 'records/a.md');
    await vi.advanceTimersByTimeAsync(100);
    b.note('record', 'records/b.md');
    b.close();
    b.note('record', 'records/c.md');
    finish(new Error('closed meanwhile'));
    await b.idle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
