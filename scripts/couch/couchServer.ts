import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';

export type CouchServer = { url: string; port: number; close(): Promise<void> };

/**
 * A CouchDB-compatible server for development and tests: express-pouchdb over
 * in-memory PouchDB databases, on 127.0.0.1 only. It speaks CouchDB's
 * replication protocol and runs `validate_doc_update` design documents, which
 * is what Referent needs from a server; a real CouchDB 3 is used the same way.
 * Everything is gone when the process ends.
 */
export async function startCouchServer(port = 0): Promise<CouchServer> {
  // A prefix per server, so two servers in one process never share a database.
  const prefix = `referent-dev-${process.pid}-${Math.random().toString(36).slice(2)}-`;
  const Memory = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).defaults({ adapter: 'memory', prefix } as { adapter: string });
  const handler = expressPouchDB(Memory, { mode: 'minimumForPouchDB', overrideMode: { include: ['validation'] }, inMemoryConfig: true, logPath: '/dev/null' });
  const server: Server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
