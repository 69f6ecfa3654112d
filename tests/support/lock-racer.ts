// A process that races for a PGlite data-directory lock, for src/db/data-directory-lock.test.ts. For each
// line `{"directory","startAt","holdUntil"}` on stdin: wait until startAt (so that two racers start together),
// try to lock, print `acquired` or `locked`, hold the lock until holdUntil, then release it.
import { createInterface } from 'node:readline';
import { DataDirectoryLockedError, lockDataDirectory } from '../../src/db/data-directory-lock';

for await (const line of createInterface({ input: process.stdin })) {
	const { directory, startAt, holdUntil } = JSON.parse(line) as {
		directory: string;
		startAt: number;
		holdUntil: number;
	};
	while (Date.now() < startAt) {
		// spin: a timer would wake the two racers too far apart
	}
	let release: (() => void) | undefined;
	let outcome = 'locked';
	try {
		release = lockDataDirectory(directory);
		outcome = 'acquired';
	} catch (error) {
		if (!(error instanceof DataDirectoryLockedError)) outcome = `error ${String(error)}`;
	}
	while (Date.now() < holdUntil) await new Promise((resolve) => setTimeout(resolve, 5));
	release?.();
	process.stdout.write(`${outcome}\n`);
}
