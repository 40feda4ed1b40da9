import { startCouchServer, type CouchServer } from '../../../scripts/couch/couchServer.ts';

/** The development CouchDB on a free port of 127.0.0.1, for one test file; close it in afterAll. */
export function startTestCouch(): Promise<CouchServer> {
  return startCouchServer(0);
}
export type { CouchServer };
