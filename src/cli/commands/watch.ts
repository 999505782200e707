import path from 'node:path';
import { ConfigError } from '../../config/config.js';
import { formatters } from '../../format/index.js';
import { rules } from '../../check/rules/index.js';
import { todayIn } from '../../util/dates.js';
import { Coloured } from '../../util/terminal.js';
import { formatWatchEvent } from '../../watch/format.js';
import { startWatch } from '../../watch/watch.js';
import { resolveContext, resolvePathArgument, type GlobalOptions } from '../context.js';
import { UsageError, type Io } from '../io.js';
import { checkOutputPlace } from '../paths.js';
import { toolVersion } from '../version.js';

export interface WatchCommandOptions extends GlobalOptions {
  out?: string;
  /** `--no-pdf`: lint only. */
  pdf?: boolean;
  /** `--no-cache`: read every record at the start rather than from `lint --cache`'s cache. */
  cache?: boolean;
}

/**
 * `supv watch [--out DIR]`: lint everything once, then report the findings
 * that appear and disappear as records change, and re-render their PDFs.
 * Runs until SIGINT or SIGTERM, then closes the watcher and the browser and
 * exits 0.
 */
export async function watchCommand(options: WatchCommandOptions, io: Io): Promise<number> {
  const context = resolveContext(options, io);
  const out = options.out ? path.resolve(io.cwd, options.out) : path.resolve(context.root, context.config.output);
  // Never among the records or templates: they are watched, and a PDF written there would start a run.
  checkOutputPlace(context.root, { target: out, kind: 'folder', suggest: 'dist' });
  // Without --as-of a watch left running overnight judges by the new day.
  const asOf = options.asOf !== undefined ? context.asOf : () => todayIn(context.config.timezone, io.now());

  // The stylish report and the events are the only coloured output (src/util/terminal.ts).
  const write = (text: string) => {
    if (text) io.stdout(context.color ? new Coloured(text) : text);
  };
  const handle = startWatch({
    root: context.root,
    config: context.config,
    // Absolute: a relative --config is relative to the folder supv runs in, which may be below the root.
    configPath: options.config === undefined ? undefined : resolvePathArgument(context, options.config),
    asOf,
    // With an explicit past --as-of, records written after it are left out, as lint leaves them out (SPEC §11.2).
    today: options.asOf !== undefined ? () => todayIn(context.config.timezone, io.now()) : undefined,
    locateConfig: context.locateConfig,
    out,
    render: options.pdf !== false,
    cache: options.cache !== false,
    toolVersion: toolVersion(),
    env: io.env,
    onEvent: (event) => {
      if (event.type === 'ready') {
        write(formatters.stylish({ results: event.results, rules: rules.map((rule) => rule.meta), cwd: context.root, color: context.color, toolVersion: toolVersion() }));
      }
      write(formatWatchEvent(event, { color: context.color, timezone: context.config.timezone }));
    },
  });

  let signals = 0;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  // `on`, not `once`: while this listener is registered, the browser pool's own handler kills Chromium and leaves the exit to us.
  const onSignal = () => {
    signals += 1;
    if (signals > 1) process.exit(130);
    stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await handle.ready;
    await stopped;
    io.stderr('supv watch: stopping\n');
    await handle.close();
    return 0;
  } catch (error) {
    await handle.close();
    // `policy.head` naming no staff record: a configuration error, exit 2, as lint says it.
    if (error instanceof ConfigError) throw new UsageError(`configuration error: ${error.message}`);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
