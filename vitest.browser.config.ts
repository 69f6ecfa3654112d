import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Browser journeys: Chromium driven by playwright-core. Files run in E2E_LANES lanes (default 2), each a
// worker with its own built server and database (global setup), one file after another in a lane.
const lanes = Math.max(1, Number(process.env.E2E_LANES ?? 2));

// The longest journeys (about 2 to 4 minutes each on CI's two cores) start first, so that the two lanes end
// close together: Vitest hands a lane its next file when the lane is free, and without timings from an
// earlier run (a fresh clone) it starts the largest files first, which are not always the longest.
const LONGEST_FIRST = [
	'bad-input.browser.ts',
	'falc.browser.ts',
	'phone-layout.browser.ts',
	'phone-layout-no-js.browser.ts',
	'care.browser.ts',
	'group-conversations.browser.ts',
	'peer-groups.browser.ts',
	'notification-centre.browser.ts',
	'sessions.browser.ts'
];

class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const index = LONGEST_FIRST.indexOf(basename(file.moduleId));
			return index === -1 ? LONGEST_FIRST.length : index;
		};
		// Array.prototype.sort is stable: the others keep Vitest's order (slowest first when it has timings).
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

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
		sequence: { sequencer: LongestFirst },
		testTimeout: 120_000,
		hookTimeout: 180_000
	}
});
