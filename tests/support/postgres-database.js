// The one way tests, journeys and benches make a fresh PostgreSQL database on a server they are given (the
// unit tests' template and copies, each journey lane's database, the cluster journeys', the benches').
// Plain JavaScript with JSDoc types: the benches run under plain Node, the tests import it from TypeScript.
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';

/**
 * @typedef {object} PostgresDatabase
 * @property {string} name the database's name
 * @property {string} url its address: the server's, with the database's name as path
 * @property {() => Promise<void>} drop drops it, closing whatever is still connected to it
 */

/**
 * Creates a new, empty database on the server of `serverUrl` (or a copy of `template`, which must have no
 * connection left), named `<prefix>_<random>`.
 * @param {string} serverUrl any database address on that server, used for administration
 * @param {{ prefix: string, template?: string, connectTimeoutSeconds?: number }} options
 * @returns {Promise<PostgresDatabase>}
 */
export async function createPostgresDatabase(serverUrl, { prefix, template, connectTimeoutSeconds }) {
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	await administer(serverUrl, connectTimeoutSeconds, (admin) =>
		admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`)
	);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		name,
		url: url.toString(),
		drop: () =>
			administer(serverUrl, connectTimeoutSeconds, (admin) =>
				admin.unsafe(`drop database if exists ${name} with (force)`)
			)
	};
}

/**
 * Runs `work` on a short-lived administration connection (none is held between creating and dropping, so
 * nothing stays open while a test or bench runs).
 * @param {string} serverUrl
 * @param {number | undefined} connectTimeoutSeconds
 * @param {(admin: import('postgres').Sql) => Promise<unknown>} work
 */
async function administer(serverUrl, connectTimeoutSeconds, work) {
	const admin = postgres(serverUrl, {
		max: 1,
		onnotice: () => {},
		...(connectTimeoutSeconds ? { connect_timeout: connectTimeoutSeconds } : {})
	});
	try {
		await work(admin);
	} finally {
		await admin.end();
	}
}
