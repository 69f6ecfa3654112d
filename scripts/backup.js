#!/usr/bin/env node
// `npm run backup`            writes a backup into ./backups (or BACKUP_DIR)
// `npm run backup -- --restore FILE`   restores one (PGlite: into an empty DATA_DIR)
//
// PostgreSQL (DATABASE_URL set): pg_dump custom format, restored with pg_restore. Works while running.
// Embedded PGlite: a gzipped tarball of the data directory, made by PGlite itself. The server must be
// stopped first (the directory is locked by the process that has it open; copying it live is unsafe).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(process.env.DATA_DIR ?? './data');
const backupDir = resolve(process.env.BACKUP_DIR ?? './backups');
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const restoreIndex = process.argv.indexOf('--restore');
const restoreFile = restoreIndex > 0 ? process.argv[restoreIndex + 1] : undefined;

function fail(message) {
	console.error(message);
	process.exit(1);
}

function assertNotRunning() {
	const lock = join(dataDir, 'entrepairs.lock');
	if (!existsSync(lock)) return;
	const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
	try {
		process.kill(pid, 0);
		fail(`Entrepairs is running on ${dataDir} (pid ${pid}). Stop it, then run the backup again.`);
	} catch {
		// Stale lock from a crashed process: safe to go on.
	}
}

async function openPglite(options = {}) {
	const { PGlite } = await import('@electric-sql/pglite');
	const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	return PGlite.create(dataDir, { extensions: { unaccent, pg_trgm }, ...options });
}

if (process.env.DATABASE_URL) {
	if (restoreFile) {
		const result = spawnSync(
			'pg_restore',
			['--clean', '--if-exists', '--no-owner', '-d', process.env.DATABASE_URL, restoreFile],
			{ stdio: 'inherit' }
		);
		process.exit(result.status ?? 1);
	}
	mkdirSync(backupDir, { recursive: true });
	const file = join(backupDir, `entrepairs-${stamp}.dump`);
	const result = spawnSync('pg_dump', ['-Fc', '-f', file, process.env.DATABASE_URL], { stdio: 'inherit' });
	if (result.status !== 0)
		fail('pg_dump failed (is the PostgreSQL client installed and DATABASE_URL right?)');
	console.log(`Backup written: ${file}`);
} else if (restoreFile) {
	if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
		fail(`${dataDir} is not empty: restore into an empty DATA_DIR.`);
	const blob = new Blob([readFileSync(restoreFile)]);
	const db = await openPglite({ loadDataDir: blob });
	await db.query('select 1');
	await db.close();
	console.log(`Restored ${restoreFile} into ${dataDir}`);
} else {
	if (!existsSync(dataDir)) fail(`No data directory at ${dataDir}.`);
	assertNotRunning();
	const db = await openPglite();
	const dump = await db.dumpDataDir('gzip');
	await db.close();
	mkdirSync(backupDir, { recursive: true });
	const file = join(backupDir, `entrepairs-${stamp}.tar.gz`);
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	console.log(`Backup written: ${file}`);
}
