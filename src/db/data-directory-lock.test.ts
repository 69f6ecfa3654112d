import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DataDirectoryLockedError, lockDataDirectory } from './data-directory-lock';

describe('lockDataDirectory', () => {
	it('refuses a directory held by another live process, naming the directory and its pid', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'ep-lock-'));
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			writeFileSync(join(directory, 'entrepairs.lock'), String(holder.pid));
			expect(() => lockDataDirectory(directory)).toThrow(DataDirectoryLockedError);
			expect(() => lockDataDirectory(directory)).toThrow(new RegExp(`${directory}.*pid ${holder.pid}`));
		} finally {
			holder.kill('SIGKILL');
		}
	});

	it('takes over a lock left by a process that died, and frees it on release', () => {
		const directory = mkdtempSync(join(tmpdir(), 'ep-lock-'));
		writeFileSync(join(directory, 'entrepairs.lock'), '999999999');
		const release = lockDataDirectory(directory);
		expect(existsSync(join(directory, 'entrepairs.lock'))).toBe(true);
		release();
		expect(existsSync(join(directory, 'entrepairs.lock'))).toBe(false);
	});
});

/** A racer process (tests/support/lock-racer.ts) that answers one line per command. */
function startRacer() {
	const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/lock-racer.ts'], {
		stdio: ['pipe', 'pipe', 'inherit']
	});
	const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
	const send = async (command: string) => {
		child.stdin!.write(`${command}\n`);
		return String((await lines.next()).value);
	};
	return {
		race: (round: { directory: string; startAt: number }) => send(JSON.stringify(round)),
		release: () => send('release'),
		stop: () => child.kill('SIGKILL')
	};
}

describe('lockDataDirectory, two processes at once', () => {
	it('lets exactly one of two processes take over the same stale lock, round after round', async () => {
		const racers = [startRacer(), startRacer()];
		try {
			// The first round also waits for both racers to have loaded.
			const warmUp = mkdtempSync(join(tmpdir(), 'ep-lock-race-'));
			for (const racer of racers) {
				await racer.race({ directory: warmUp, startAt: 0 });
				await racer.release();
			}
			const wrongRounds: string[] = [];
			for (let round = 0; round < 40; round++) {
				const directory = mkdtempSync(join(tmpdir(), 'ep-lock-race-'));
				// Left by a process that died: no such pid can exist (above the kernel's pid_max).
				writeFileSync(join(directory, 'entrepairs.lock'), '999999999');
				const startAt = Date.now() + 50;
				// Both answer before either releases: one holds the lock while the other tries.
				const outcomes = await Promise.all(racers.map((racer) => racer.race({ directory, startAt })));
				await Promise.all(racers.map((racer) => racer.release()));
				if (outcomes.filter((outcome) => outcome === 'acquired').length !== 1 || !outcomes.includes('locked'))
					wrongRounds.push(`round ${round}: ${outcomes.join(', ')}`);
				rmSync(directory, { recursive: true, force: true });
			}
			expect(wrongRounds, 'rounds where both, neither or an error held the lock').toEqual([]);
		} finally {
			for (const racer of racers) racer.stop();
		}
	}, 60_000);
});
