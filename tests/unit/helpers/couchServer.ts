import { afterAll, beforeAll } from 'vitest';
import { startCouchServer, type CouchServer } from '../../../scripts/couch/couchServer.ts';

/** The development CouchDB on a free port of 127.0.0.1, for one test file; close it in afterAll. */
export function startTestCouch(): Promise<CouchServer> {
  return startCouchServer(0);
}

/** One development CouchDB for the test file: started before its tests, closed after; read `url` inside a test. */
export function useTestCouch(): { readonly url: string } {
  let couch: CouchServer | undefined;
  beforeAll(async () => {
    couch = await startTestCouch();
  }, 60_000);
  afterAll(async () => {
    await couch?.close();
  });
  return {
    get url() {
      if (!couch) throw new Error('the test CouchDB is not running');
      return couch.url;
    },
  };
}
export type { CouchServer };
