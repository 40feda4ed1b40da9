import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startWebHost } from './host.ts';
import { defaultDataDir } from '../core/dataDir.ts';
import { securityText } from '../../shared/i18n/security.da.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.PORT ?? 5178);
const dataDir = defaultDataDir();

const host = await startWebHost({ dataDir, seedsDir: join(repo, 'seeds'), staticDir: join(repo, 'dist', 'renderer'), port, sync: true });
// The address carries this start's access key: only whoever can read this terminal can open Referent.
console.log(securityText.host.started(host.url, dataDir));

const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
