// The few PouchDB calls the sync engine and the development server make, typed here: the packages ship no types.
declare module 'pouchdb-core' {
  type PouchDoc = { _id: string; _rev?: string; _deleted?: boolean; _attachments?: Record<string, PouchAttachment>; _conflicts?: string[]; [key: string]: unknown };
  type PouchAttachment = { content_type: string; data?: string | Buffer; digest?: string; length?: number; stub?: boolean };
  type PouchResponse = { ok?: boolean; id: string; rev: string; error?: string | boolean; status?: number; reason?: string; message?: string; name?: string };
  type PouchChange = { id: string; seq: string | number; changes: { rev: string }[]; deleted?: boolean; doc?: PouchDoc };
  type PouchChanges = { results: PouchChange[]; last_seq: string | number };
  type PouchOptions = { adapter?: string; skip_setup?: boolean; auth?: { username: string; password: string }; fetch?: (url: string, opts: Record<string, unknown>) => Promise<unknown> };
  class PouchDB {
    constructor(name: string, options?: PouchOptions);
    static plugin(plugin: unknown): typeof PouchDB;
    static defaults(options: PouchOptions): typeof PouchDB;
    info(): Promise<{ db_name: string; doc_count: number; update_seq: string | number }>;
    get(id: string, options?: { revs?: boolean; conflicts?: boolean; attachments?: boolean; binary?: boolean; rev?: string; open_revs?: string[] | 'all' }): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<PouchResponse>;
    bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchResponse[]>;
    allDocs(options?: { include_docs?: boolean; keys?: string[]; startkey?: string; endkey?: string; attachments?: boolean; binary?: boolean }): Promise<{ rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc; error?: string }[] }>;
    changes(options: { since?: string | number; include_docs?: boolean; limit?: number; conflicts?: boolean; style?: 'all_docs' | 'main_only'; attachments?: boolean; binary?: boolean }): Promise<PouchChanges>;
    getAttachment(docId: string, name: string): Promise<Buffer>;
    destroy(): Promise<void>;
    close(): Promise<void>;
  }
  export type { PouchDoc, PouchAttachment, PouchResponse, PouchChange, PouchChanges, PouchOptions };
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): (req: IncomingMessage, res: ServerResponse) => void;
  export default expressPouchDB;
}
