/**
 * Child process for the lock race. Loaded, it says `ready`; then, for each
 * round: on `go` it tries to take the store lock and says `won` or
 * `refused <message>`; on `release` it lets go of a lock it holds and says
 * `released`; on `exit` it ends.
 */
import { createInterface } from 'node:readline';
import { StoreLock } from '../../../../electron/core/store/storeLock.ts';

const dir = process.argv[2]!;
let lock: StoreLock | null = null;
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line === 'go') {
    try {
      lock = await StoreLock.acquire(dir);
      process.stdout.write('won\n');
    } catch (error) {
      process.stdout.write(`refused ${(error as Error).message.replace(/\n/g, ' ')}\n`);
    }
  } else if (line === 'release') {
    await lock?.release();
    lock = null;
    process.stdout.write('released\n');
  } else if (line === 'exit') {
    process.exit(0);
  }
}
