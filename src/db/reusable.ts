import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DatabaseOrTransaction } from './client';

/**
 * A statement built once per database handle instead of at every call: the hot paths (a session's
 * lookup, a participant's check, a message's send and its delivery to every open stream) run the same
 * few statements for every message, and building them was a quarter of the server's CPU under load.
 * `build` makes a prepared query (`.prepare(name)`) whose values are `sql.placeholder(...)`s.
 * Dates go in as ISO strings: drizzle hands placeholder values to the driver untouched, and the
 * postgres.js driver, as drizzle sets it up, does not serialise a Date.
 * A transaction is short-lived: inside one, the statement is built for that call only.
 */
export function reusable<Prepared>(
	build: (db: DatabaseOrTransaction) => Prepared
): (db: DatabaseOrTransaction) => Prepared {
	const built = new WeakMap<DatabaseOrTransaction, Prepared>();
	return (db) => {
		if (db instanceof PgTransaction) return build(db);
		let prepared = built.get(db);
		if (!prepared) {
			prepared = build(db);
			built.set(db, prepared);
		}
		return prepared;
	};
}
