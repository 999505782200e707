/**
 * A bundle too big to e-mail is written as several complete PDFs, volumes,
 * each at most a chosen size (`--volume-size`, config `bundle.volume_size`).
 * A volume's size is known only once it is written, so the split is planned
 * from what each record's printed pages weigh (its share of its batch's
 * pages, the batch's fonts once in every volume that uses the batch, the
 * front matter and the seal), with a margin; each volume is then written and
 * measured, and if one is still over the limit the plan is corrected by how
 * far the estimate was out and the volumes are written again. Nothing is put
 * in place until every volume fits (src/bundle/bundle.ts).
 */
import path from 'node:path';
import { UserError } from '../util/errors.js';

/** The default: a file this size is about 19 MB once e-mail has encoded it (base64), under the common 20 MB limit. */
export const DEFAULT_VOLUME_SIZE = '14MB';
/** Below this a volume could not hold its own cover, contents and fonts. */
export const SMALLEST_VOLUME = 100_000;
/** Plan to this share of the limit: estimates are not exact. */
const PLAN_MARGIN = 0.92;

/**
 * `14MB`, `500KB`, `1.5GB` (decimal units, as mail systems state their
 * limits) in bytes; `none` for no limit (undefined). Throws a usage error
 * naming `source` otherwise.
 */
export function parseVolumeSize(text: string, source: string): number | undefined {
  const value = text.trim();
  if (/^(none|off)$/i.test(value)) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB)$/i.exec(value);
  if (!match) throw new UserError(`${source}: must be a size such as 14MB or 500KB, or none; not ${text}`);
  const unit = { kb: 1e3, mb: 1e6, gb: 1e9 }[match[2]!.toLowerCase() as 'kb' | 'mb' | 'gb'];
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < SMALLEST_VOLUME) throw new UserError(`${source}: ${text} is too small; a volume needs at least 100KB for its cover, contents and fonts`);
  return bytes;
}

/** What the plan knows about one record, in bundle order. */
export interface RecordWeight {
  /** Estimated bytes of its pages, without its batch's fonts. */
  bytes: number;
  /** The batch it was printed in. */
  batch: number;
  pages: number;
}

export interface VolumePlan {
  /** Records [from, to) of the bundle's order. */
  from: number;
  to: number;
}

export interface PlanInput {
  records: RecordWeight[];
  /** Font bytes of each batch: paid once by every volume that holds one of its records. */
  batchFonts: number[];
  /** A volume's own pages and structure (cover, summary, contents, bookmarks, seal) for `count` records. */
  fixed: (count: number) => number;
  limit: number;
  /** Multiplies every estimate: raised when written volumes came out larger than planned. */
  factor: number;
}

/** The bytes a volume of records [from, to) is expected to take. */
export function estimate(input: PlanInput, from: number, to: number): number {
  let bytes = input.fixed(to - from);
  let batch = -1;
  for (let i = from; i < to; i++) {
    const record = input.records[i]!;
    if (record.batch !== batch) {
      batch = record.batch;
      bytes += input.batchFonts[batch] ?? 0;
    }
    bytes += record.bytes;
  }
  return bytes * input.factor;
}

/**
 * Consecutive runs of records, each expected to fit the limit (with a
 * margin), as few as can be, each filled only as far as the smallest size
 * that still needs no more volumes (so the last is not left almost empty); a
 * record that alone does not fit gets a volume of its own.
 */
export function planVolumes(input: PlanInput): VolumePlan[] {
  const most = input.limit * PLAN_MARGIN;
  const fewest = greedy(input, most);
  // The smallest target that still needs no more volumes: the same number of files, evenly filled.
  let low = 0;
  let high = most;
  for (let step = 0; step < 40 && high - low > 1000; step++) {
    const middle = (low + high) / 2;
    if (greedy(input, middle).length <= fewest.length) high = middle;
    else low = middle;
  }
  return greedy(input, high);
}

/** Volumes filled in order up to `target` bytes each. */
function greedy(input: PlanInput, target: number): VolumePlan[] {
  const plans: VolumePlan[] = [];
  const count = input.records.length;
  let from = 0;
  while (from < count) {
    let bytes = 0;
    let batch = -1;
    let to = from;
    while (to < count) {
      const record = input.records[to]!;
      const adds = record.bytes + (record.batch !== batch ? (input.batchFonts[record.batch] ?? 0) : 0);
      if (to > from && (input.fixed(to + 1 - from) + bytes + adds) * input.factor > target) break;
      bytes += adds;
      batch = record.batch;
      to++;
    }
    plans.push({ from, to });
    from = to;
  }
  return plans;
}

/**
 * `dist/bundle.pdf` → `dist/bundle-volume-2-of-5.pdf`: the same folder, a
 * name made only of the given one and numbers. The number is as wide as the
 * count (`-volume-03-of-12`), so the files list in order wherever names are
 * sorted as text.
 */
export function volumeFile(out: string, number: number, of: number): string {
  const base = path.basename(out).replace(/\.pdf$/i, '');
  return path.join(path.dirname(out), `${base}-volume-${String(number).padStart(String(of).length, '0')}-of-${of}.pdf`);
}

/** Files an earlier run wrote for a bundle at `out` (its volumes, under any count), which this run did not write. */
export function earlierVolumes(out: string, names: string[], written: Set<string>): string[] {
  const base = path.basename(out).replace(/\.pdf$/i, '');
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}-volume-\\d+-of-\\d+\\.pdf$`);
  return names.filter((name) => pattern.test(name) && !written.has(name)).sort();
}
