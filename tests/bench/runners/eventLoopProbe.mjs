// Loaded into the host process by the bench (`node --import`), before the
// host's own code: records how long the event loop is blocked, and answers the
// bench over the IPC channel. It never keeps the process alive.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();

process.on('message', (message) => {
  if (message !== 'eventLoop') return;
  process.send?.({ maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, meanMs: histogram.mean / 1e6 });
  histogram.reset();
});
process.channel?.unref();
