import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS } from '../scripts/build-if-stale.js';

describe("the server process's Node options", () => {
	it('are those `npm start` starts node with', () => {
		const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
		expect(manifest.scripts.start).toBe(`node ${SERVER_NODE_OPTIONS.join(' ')} scripts/start.js`);
	});
});
