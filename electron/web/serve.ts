import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startWebHost } from './host.ts';
import { defaultDataDir } from '../core/dataDir.ts';
import { hostText } from '../../shared/i18n/host.da.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.PORT ?? 5178);
const dataDir = defaultDataDir();

const host = await startWebHost({ dataDir, seedsDir: join(repo, 'seeds'), staticDir: join(repo, 'dist', 'renderer'), port });
console.log(hostText.running(host.url, dataDir));

const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
