import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
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

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM means the process exists but belongs to someone else: still alive.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes an exclusive lock on a PGlite data directory: two processes writing one directory corrupt it.
 * A lock left by a crashed process (its pid no longer alive) is taken over.
 */
export function lockDataDirectory(directory: string): () => void {
	mkdirSync(directory, { recursive: true });
	const lockPath = join(directory, 'entrepairs.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				process.removeListener('exit', release);
				rmSync(lockPath, { force: true });
			};
			// A process that exits without closing the database still frees the directory.
			process.once('exit', release);
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holderPid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
			if (Number.isInteger(holderPid) && holderPid !== process.pid && isAlive(holderPid)) {
				throw new DataDirectoryLockedError(directory, holderPid);
			}
			rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not lock ${directory}`);
}
