import { defineConfig } from 'vitest/config';

// Browser journeys: one built server for the whole run (global setup), Chromium driven by playwright-core.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.browser.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 180_000
	}
});
