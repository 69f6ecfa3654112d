import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import { lockDataDirectory } from './data-directory-lock';
import { statementWatcher } from './request-statements';

export type Schema = typeof schema;
/** The one database type the domain sees, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database handle or an open transaction: use cases accept either. */
export type DatabaseOrTransaction = Database | Transaction;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	/** Where the data lives, for logs and backups (a directory, or the URL without its password). */
	location: string;
	close(): Promise<void>;
	/** Raw PostgreSQL client when the engine is a server (for LISTEN/NOTIFY, pg_dump...). */
	postgresClient?: postgres.Sql;
	/** The PostgreSQL URL, for tools that need their own connection (migrations). */
	postgresUrl?: string;
	pglite?: PGlite;
}

export type DatabaseOptions =
	| { kind: 'postgres'; url: string; maxConnections?: number }
	| { kind: 'pglite'; dataDir: string }
	/** In memory; `snapshot`: start from a dumped data directory (tests: a migrated copy, no initdb). */
	| { kind: 'pglite-memory'; snapshot?: Blob };

export function describeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = parsed.password ? '***' : '';
		return parsed.toString();
	} catch {
		return 'postgres://(invalid url)';
	}
}

/**
 * PGlite's memory is WebAssembly memory: it grows and is never given back to the system. PostgreSQL's
 * default 128 MB of shared buffers fills up and stays resident; an instance of this size works in 32 MB
 * (the files stay in the operating system's cache anyway), which keeps the process about 100 MB smaller.
 */
const PGLITE_MEMORY = ['-c', 'shared_buffers=32MB'];

/** Opens PGlite (a directory or memory) or PostgreSQL (a URL) behind one Drizzle interface. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
	if (options.kind === 'postgres') {
		const client = postgres(options.url, {
			max: options.maxConnections ?? 10,
			// Connections left idle (after a burst) are closed: each costs memory here and on the server.
			idle_timeout: 60,
			onnotice: () => {},
			// JIT off: compiling a plan costs 70-120 ms, more than any query here runs (knowledge search at
			// 1,000,000 contributions went over jit_above_cost: p50 30 -> 97 ms).
			connection: { application_name: 'entrepairs', jit: 'off' }
		});
		const db = drizzlePostgres(client, {
			schema,
			casing: 'snake_case',
			logger: statementWatcher
		}) as unknown as Database;
		return {
			db,
			kind: 'postgres',
			location: describeUrl(options.url),
			postgresClient: client,
			postgresUrl: options.url,
			close: () => client.end({ timeout: 5 })
		};
	}
	const release = options.kind === 'pglite' ? lockDataDirectory(options.dataDir) : () => {};
	try {
		const pglite = await PGlite.create(options.kind === 'pglite' ? options.dataDir : undefined, {
			extensions: { unaccent, pg_trgm },
			...(options.kind === 'pglite-memory' && options.snapshot ? { loadDataDir: options.snapshot } : {}),
			startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY]
		});
		const db = drizzlePglite(pglite, {
			schema,
			casing: 'snake_case',
			logger: statementWatcher
		}) as unknown as Database;
		return {
			db,
			kind: 'pglite',
			location: options.kind === 'pglite' ? options.dataDir : 'memory',
			pglite,
			close: async () => {
				try {
					await pglite.close();
				} finally {
					release();
				}
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}
