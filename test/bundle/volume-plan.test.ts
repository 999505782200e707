/**
 * Planning volumes (src/bundle/volumes.ts): the size option's words, the
 * split (consecutive, as few volumes as fit, evenly filled, a record too big
 * alone on its own), and the names the volumes get.
 */
import { describe, expect, it } from 'vitest';
import { earlierVolumes, estimate, parseVolumeSize, planVolumes, volumeFile, type PlanInput } from '../../src/bundle/volumes.js';
import { coverHtml } from '../../src/bundle/front-matter.js';
import { counted } from '../../src/util/text.js';

describe('parseVolumeSize', () => {
  it.each([
    ['14MB', 14_000_000],
    ['500KB', 500_000],
    ['1.5GB', 1_500_000_000],
    ['20 mb', 20_000_000],
    ['none', undefined],
    ['off', undefined],
  ])('reads %s', (text, bytes) => {
    expect(parseVolumeSize(text, '--volume-size')).toBe(bytes);
  });

  it.each([
    ['12', 'must be a size such as 14MB or 500KB, or none; not 12'],
    ['14 MiB', 'must be a size'],
    ['-3MB', 'must be a size'],
    ['99KB', 'is too small'],
  ])('refuses %s, naming where it came from', (text, words) => {
    expect(() => parseVolumeSize(text, '--volume-size')).toThrow(words);
    expect(() => parseVolumeSize(text, '--volume-size')).toThrow(/^--volume-size: /);
  });
});

/** Records of `bytes` each, `perBatch` to a batch whose fonts weigh `fonts`; a volume's own pages weigh `fixed`. */
function input(sizes: number[], perBatch: number, fonts: number, fixed: number, limit: number): PlanInput {
  return {
    records: sizes.map((bytes, i) => ({ bytes, batch: Math.floor(i / perBatch), pages: 1 })),
    batchFonts: Array.from({ length: Math.ceil(sizes.length / perBatch) }, () => fonts),
    fixed: () => fixed,
    limit,
    factor: 1,
  };
}

describe('planVolumes', () => {
  it('covers every record once, in order, each volume expected under the limit', () => {
    const plan = input(Array.from({ length: 100 }, (_, i) => 10_000 + (i % 7) * 3_000), 30, 50_000, 100_000, 400_000);
    const volumes = planVolumes(plan);
    expect(volumes[0]!.from).toBe(0);
    expect(volumes.at(-1)!.to).toBe(100);
    volumes.forEach((volume, i) => {
      if (i > 0) expect(volume.from).toBe(volumes[i - 1]!.to);
      expect(volume.to).toBeGreaterThan(volume.from);
      expect(estimate(plan, volume.from, volume.to)).toBeLessThanOrEqual(400_000);
    });
  });

  it('uses as few volumes as fit, without a last one almost empty', () => {
    // 25 records of 10 KB and 100 KB of front matter a volume, 200 KB each at most (planned to 92%): 8 records a
    // volume fit, so 4 volumes; filled to the brim that would be 8, 8, 8 and 1.
    const plan = input(Array.from({ length: 25 }, () => 10_000), 100, 0, 100_000, 200_000);
    const volumes = planVolumes(plan);
    expect(volumes).toHaveLength(4);
    const counts = volumes.map((volume) => volume.to - volume.from);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.max(...counts) / 2);
    expect(Math.max(...counts)).toBeLessThan(8);
  });

  it('counts a batch\'s fonts once in every volume that holds one of its records', () => {
    const plan = input([10_000, 10_000, 10_000, 10_000], 2, 30_000, 0, 1_000_000);
    expect(estimate(plan, 0, 2)).toBe(50_000);
    expect(estimate(plan, 1, 3)).toBe(80_000);
  });

  it('gives a record too large for the limit a volume of its own', () => {
    const volumes = planVolumes(input([10_000, 900_000, 10_000, 10_000], 100, 0, 50_000, 300_000));
    expect(volumes).toContainEqual({ from: 1, to: 2 });
    expect(volumes[0]).toEqual({ from: 0, to: 1 });
    expect(volumes.at(-1)).toEqual({ from: 2, to: 4 });
  });
});

describe('volume names', () => {
  it('are the --out name with the volume and the count, in the same folder', () => {
    expect(volumeFile('/srv/out/bundle.pdf', 2, 5)).toBe('/srv/out/bundle-volume-2-of-5.pdf');
    expect(volumeFile('/srv/out/ofsted 2026.PDF', 1, 3)).toBe('/srv/out/ofsted 2026-volume-1-of-3.pdf');
    expect(volumeFile('/srv/out/bundle', 1, 2)).toBe('/srv/out/bundle-volume-1-of-2.pdf');
    // As wide as the count, so that the names sort in order as text.
    expect(volumeFile('/srv/out/bundle.pdf', 3, 12)).toBe('/srv/out/bundle-volume-03-of-12.pdf');
    expect(volumeFile('/srv/out/bundle.pdf', 12, 12)).toBe('/srv/out/bundle-volume-12-of-12.pdf');
    expect(volumeFile('/srv/out/bundle.pdf', 7, 100)).toBe('/srv/out/bundle-volume-007-of-100.pdf');
  });

  it('finds an earlier run\'s volumes of the same bundle, and nothing else', () => {
    const names = ['bundle.pdf', 'bundle-volume-1-of-3.pdf', 'bundle-volume-2-of-3.pdf', 'bundle-volume-1-of-2.pdf', 'other-volume-1-of-2.pdf', 'bundle-volume-x-of-2.pdf', 'bundle-volume-1-of-2.pdf.bak'];
    expect(earlierVolumes('/srv/out/bundle.pdf', names, new Set(['bundle-volume-1-of-2.pdf']))).toEqual(['bundle-volume-1-of-3.pdf', 'bundle-volume-2-of-3.pdf']);
    // A name with characters a pattern would read as its own.
    expect(earlierVolumes('/srv/out/a+b.pdf', ['a+b-volume-1-of-2.pdf', 'aab-volume-1-of-2.pdf'], new Set())).toEqual(['a+b-volume-1-of-2.pdf']);
  });
});

describe("a volume's cover", () => {
  it('writes counts as people read them: 10,000 records, not 10000', () => {
    const entry = (number: number, records: number) => ({ number, file: `bundle-volume-${number}-of-2.pdf`, records, firstPerson: 'Ada Okafor', lastPerson: 'Zofia Yardley', from: '2026-01-05', to: '2026-11-20' });
    const html = coverHtml({
      organisation: 'Fixture Borough',
      marking: 'OFFICIAL-SENSITIVE',
      from: '2022-01-01',
      to: '2026-11-23',
      asOf: '2026-11-23',
      generatedAt: '3 December 2026 at 16:00 GMT',
      commit: 'uncommitted',
      scope: 'every record',
      redacted: false,
      records: 10_000,
      volume: { number: 1, of: 2, limit: 14_000_000, volumes: [entry(1, 5_012), entry(2, 4_988)] },
    });
    expect(html).toContain('10,000 in the whole bundle');
    expect(html).toContain('5,012 records: Ada Okafor to Zofia Yardley');
    expect(html).toContain('<td class="num">4,988</td>');
  });

  it('and so does what bundle prints: "10,000 records, 27,884 pages"', () => {
    expect([counted(10_000, 'record'), counted(27_884, 'page'), counted(1, 'record'), counted(0, 'page')]).toEqual(['10,000 records', '27,884 pages', '1 record', '0 pages']);
  });
});
