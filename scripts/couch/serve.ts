import { startCouchServer } from './couchServer.ts';

/** `npm run couch`: the development CouchDB on 127.0.0.1, port from COUCH_PORT (5984 by default). */
const port = Number(process.env.COUCH_PORT ?? 5984);
const server = await startCouchServer(port);
console.log(`CouchDB (express-pouchdb, in memory): ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
