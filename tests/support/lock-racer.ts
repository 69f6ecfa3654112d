// A process that races for a PGlite data-directory lock, for src/db/data-directory-lock.test.ts. On a line
// `{"directory","startAt"}` from stdin: wait until startAt (so that two racers start together), try to lock,
// print `acquired` or `locked`, and keep the lock. On a line `release`: release it and print `released`.
// The parent releases only once both racers have answered, so a slow racer never finds the lock free.
import { createInterface } from 'node:readline';
import { DataDirectoryLockedError, lockDataDirectory } from '../../src/db/data-directory-lock';

let release: (() => void) | undefined;
for await (const line of createInterface({ input: process.stdin })) {
	if (line === 'release') {
		release?.();
		release = undefined;
		process.stdout.write('released\n');
		continue;
	}
	const { directory, startAt } = JSON.parse(line) as { directory: string; startAt: number };
	while (Date.now() < startAt) {
		// spin: a timer would wake the two racers too far apart
	}
	let outcome = 'locked';
	try {
		release = lockDataDirectory(directory);
		outcome = 'acquired';
	} catch (error) {
		if (!(error instanceof DataDirectoryLockedError)) outcome = `error ${String(error)}`;
	}
	process.stdout.write(`${outcome}\n`);
}
