import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { contributions, contributionVersions } from '../db/schema';
import { getContribution } from '../core/knowledge';
import { seedDemoKnowledge } from './seed-demo-knowledge';
import { seedDemo } from './seed-demo';

const database = useTestDatabase();

describe('seedDemoKnowledge', () => {
	it('does nothing without the demo people', async () => {
		await seedDemoKnowledge(database());
		expect(await database().select().from(contributions)).toEqual([]);
	});

	it('writes the GEM’s knowledge in five forms: one public, one behind a warning, one with two versions', async () => {
		await seedDemo(database());
		const rows = await database().select().from(contributions);
		expect(new Set(rows.map((row) => row.form)).size).toBe(5);
		const publicOne = rows.find((row) => row.audience === 'public')!;
		const shown = await getContribution(contextFor(database(), null), { contributionId: publicOne.id });
		expect(shown.easyReadSummary).not.toBe('');
		expect(shown.author).toBe('Sacha');
		expect(rows.find((row) => row.contentWarnings.includes('suicide'))?.byline).toBe('anonymous');
		const edited = rows.find((row) => row.version === 2)!;
		const versions = await database()
			.select({ note: contributionVersions.note })
			.from(contributionVersions)
			.where(eq(contributionVersions.contributionId, edited.id));
		expect(versions).toHaveLength(2);
	});
});
