import { defineConfig } from 'vitest/config';

// Browser journeys: Chromium driven by playwright-core. Files run in E2E_LANES lanes (default 2), each a
// worker with its own built server and database (global setup), one file after another in a lane.
const lanes = Math.max(1, Number(process.env.E2E_LANES ?? 2));

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.browser.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		fileParallelism: lanes > 1,
		maxWorkers: lanes,
		// Journeys without JavaScript now make two requests per form (POST, then the GET after its 303) and a
		// long one takes about a minute on two busy cores: two minutes leave room without hiding a hang.
		// Files of a lane share modules: playwright-core and axe are imported once per lane, not per file.
		// Journey files keep no state in modules (support/browser.ts empties its lists after each test).
		isolate: false,
		testTimeout: 120_000,
		hookTimeout: 180_000
	}
});
