// Preloaded with `node --import ./scripts/bench/report-rss.mjs ...` by harness.mjs:
// when the process exits, write its peak resident set size (bytes) and the CPU
// time it used (seconds, user + system) as JSON to the file named by
// SUPV_BENCH_RSS_FILE. Costs nothing while the program runs. CPU time is
// reported because wall time on a shared machine also measures the neighbours.
import { writeFileSync } from 'node:fs';

const target = process.env.SUPV_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      // maxRSS is in kilobytes; userCPUTime and systemCPUTime in microseconds.
      writeFileSync(target, JSON.stringify({ rss: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
    } catch {
      // A benchmark without a memory figure is still a benchmark.
    }
  });
}
