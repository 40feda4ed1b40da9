import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startWebHost } from './host.ts';
import { defaultDataDir } from '../core/dataDir.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.PORT ?? 5178);
const dataDir = defaultDataDir();

const host = await startWebHost({ dataDir, seedsDir: join(repo, 'seeds'), staticDir: join(repo, 'dist', 'renderer'), port });
console.log(`Referent kører på ${host.url} (data: ${dataDir}). Stop med Ctrl+C.`);

const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
