// Loaded into a process by the bench (`node --import`), before its own code:
// records how long the event loop is blocked, and how much of the time it is
// busy at all (event-loop utilization: on a loaded machine a late timer may be
// the OS's doing; a busy loop is the program's), and answers over IPC.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
let since = performance.eventLoopUtilization();

process.on('message', (message) => {
  if (message !== 'eventLoop') return;
  const now = performance.eventLoopUtilization();
  const busy = performance.eventLoopUtilization(now, since).utilization;
  since = now;
  process.send?.({ maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, meanMs: histogram.mean / 1e6, busy });
  histogram.reset();
});
process.channel?.unref();
