import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
