import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirectoryLockedError extends Error {
	constructor(
		readonly directory: string,
		readonly holderPid: number
	) {
		super(
			`The data directory ${directory} is already open by another Entrepairs process (pid ${holderPid}). ` +
				`Stop that process, or set DATA_DIR to another directory. ` +
				`Le répertoire de données ${directory} est déjà ouvert par un autre processus (pid ${holderPid}).`
		);
		this.name = 'DataDirectoryLockedError';
	}
}

const LOCK_FILE = 'entrepairs.lock';
// Held for the few milliseconds of a takeover; one older than this was left by a process that died then.
const TAKEOVER_FILE = 'entrepairs.lock.takeover';
const ABANDONED_TAKEOVER_MS = 10_000;
const TAKEOVER_WAIT_MS = 5_000;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM means the process exists but belongs to someone else: still alive.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Creates `path` holding our pid, or returns false when it exists. The content is written to a private file
 * first and then hard-linked into place, so nobody ever reads a half-written (empty) lock.
 */
function createExclusively(path: string): boolean {
	const draft = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
	writeFileSync(draft, String(process.pid), { flag: 'wx' });
	try {
		linkSync(draft, path);
		return true;
	} catch (error) {
		if (code(error) === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(draft, { force: true });
	}
}

/** The pid in a lock file, or null when the file is gone. */
function holderOf(path: string): number | null {
	try {
		return Number.parseInt(readFileSync(path, 'utf8'), 10);
	} catch (error) {
		if (code(error) === 'ENOENT') return null;
		throw error;
	}
}

/** A live process other than this one holds the lock (a lock with our own pid is left from a past run). */
const heldByAnother = (pid: number) => Number.isInteger(pid) && pid !== process.pid && isAlive(pid);

function sleep(milliseconds: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/**
 * Runs `work` while holding the takeover file, so that only one process at a time may remove a stale lock:
 * two processes that both saw the same stale lock can otherwise each delete it and then delete the other's
 * fresh one.
 */
function whileTakingOver<T>(directory: string, work: () => T): T {
	const path = join(directory, TAKEOVER_FILE);
	const deadline = Date.now() + TAKEOVER_WAIT_MS;
	while (!createExclusively(path)) {
		try {
			if (Date.now() - statSync(path).mtimeMs > ABANDONED_TAKEOVER_MS) rmSync(path, { force: true });
		} catch (error) {
			if (code(error) !== 'ENOENT') throw error;
		}
		if (Date.now() > deadline) throw new Error(`Could not lock ${directory}: ${path} stays in place`);
		sleep(5 + Math.random() * 20);
	}
	try {
		return work();
	} finally {
		rmSync(path, { force: true });
	}
}

/**
 * Takes an exclusive lock on a PGlite data directory: two processes writing one directory corrupt it.
 * A lock left by a crashed process (its pid no longer alive) is taken over, one process at a time: the
 * stale lock is checked again and removed only while holding the takeover file.
 */
export function lockDataDirectory(directory: string): () => void {
	mkdirSync(directory, { recursive: true });
	const lockPath = join(directory, LOCK_FILE);
	for (let attempt = 0; attempt < 3; attempt++) {
		if (createExclusively(lockPath)) return releaser(lockPath);
		const holder = holderOf(lockPath);
		if (holder !== null && heldByAnother(holder)) throw new DataDirectoryLockedError(directory, holder);
		const acquired = whileTakingOver(directory, () => {
			const current = holderOf(lockPath);
			if (current !== null && heldByAnother(current)) throw new DataDirectoryLockedError(directory, current);
			rmSync(lockPath, { force: true });
			return createExclusively(lockPath);
		});
		if (acquired) return releaser(lockPath);
	}
	throw new Error(`Could not lock ${directory}`);
}

function releaser(lockPath: string): () => void {
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		process.removeListener('exit', release);
		// Only our own lock: never remove one another process holds.
		if (holderOf(lockPath) === process.pid) rmSync(lockPath, { force: true });
	};
	// A process that exits without closing the database still frees the directory.
	process.once('exit', release);
	return release;
}
