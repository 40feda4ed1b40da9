import { createRequire } from 'node:module';
import { da } from '../../../shared/i18n/da.ts';

/** The part of SQLite the search index uses, the same through better-sqlite3 and node:sqlite. */
export type SqlValue = string | number | bigint | null;
export type SqlStatement = {
  run(...params: SqlValue[]): unknown;
  all(...params: SqlValue[]): unknown[];
  get(...params: SqlValue[]): unknown;
};
export type SqlDatabase = {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  close(): void;
};
export type Sqlite = { driver: 'better-sqlite3' | 'node:sqlite'; open(path: string): SqlDatabase };

type Constructor = new (path: string) => SqlDatabase;

// The CommonJS bundles have `require`; the TypeScript sources (tsx, vitest) are ES modules and make one.
const load: (id: string) => unknown = typeof require === 'function' ? require : createRequire(import.meta.url);

let chosen: Sqlite | undefined;

/**
 * SQLite with FTS5: better-sqlite3 under Node (the CLI, the browser host, the
 * tests), and Node's own node:sqlite where better-sqlite3 cannot load, as in
 * an Electron whose copy of it was built for another Node ABI. Both are
 * synchronous, which is why they run in the search worker only.
 */
export function sqlite(): Sqlite {
  if (chosen) return chosen;
  const problems: string[] = [];
  try {
    const Database = load('better-sqlite3') as Constructor;
    new Database(':memory:').close();
    chosen = { driver: 'better-sqlite3', open: (path) => new Database(path) };
    return chosen;
  } catch (error) {
    problems.push(`better-sqlite3: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    const { DatabaseSync } = load('node:sqlite') as { DatabaseSync: Constructor };
    chosen = { driver: 'node:sqlite', open: (path) => new DatabaseSync(path) };
    return chosen;
  } catch (error) {
    problems.push(`node:sqlite: ${(error as Error).message.split('\n')[0]}`);
  }
  throw new Error(da.errors.sqliteUnavailable(problems.join('; ')));
}

/** Runs `fn` in one transaction: all of it or none. */
export function transaction<T>(db: SqlDatabase, fn: () => T): T {
  db.exec('BEGIN');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** The SQLite error codes that mean the file is not a usable database: it is rebuilt. */
export function isDamagedDatabase(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  const errstr = String((error as { errstr?: unknown }).errstr ?? '');
  return /SQLITE_(CORRUPT|NOTADB)/.test(code) || /malformed|not a database/i.test(`${errstr} ${(error as Error).message ?? ''}`);
}
