/**
 * Child process for the kill test: saves in a loop, alternating the meeting
 * file and the root file, and reports each save on stdout only after it has
 * resolved, i.e. after it is reported done to the caller.
 */
import { openApp } from '../../../../electron/core/openApp.ts';

const [dir, meetingId, committeeId, startArg] = process.argv.slice(2) as [string, string, string, string];
const app = await openApp(dir);
let n = Number(startArg);
for (;;) {
  n += 1;
  if (n % 2 === 0) await app.service['meetings.update']({ meetingId, location: `Gemt ${n}` });
  else await app.service['committees.update']({ committeeId, name: `Udvalg ${n}` });
  process.stdout.write(`${n}\n`);
}
