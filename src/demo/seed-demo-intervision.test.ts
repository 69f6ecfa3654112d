import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { insertGroup, insertOccurrence } from '../../tests/support/gatherings';
import { accounts, organisations } from '../db/schema';
import { getIntervisionEntry, listMyDebriefNotes, listSharedDebriefs } from '../core/gatherings';
import { seedDemo } from './seed-demo';
import { seatSachaInIntervision } from './seed-demo-intervision';

const db = useTestDatabase();

async function demoActor(pseudonym: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.pseudonym, pseudonym));
	return { accountId: row!.id, pseudonym, isInstanceAdmin: row!.isInstanceAdmin };
}

describe('the demo journal and intervision', () => {
	it('gives Sacha a private note and one shared with the GEM, which Louise reads', async () => {
		await seedDemo(db());
		const sacha = await demoActor('Sacha');
		const louise = await demoActor('Louise');
		const journal = await listMyDebriefNotes(contextFor(db(), sacha));
		expect(journal.notes).toHaveLength(2);
		expect(journal.notes.filter((note) => note.sharedWith?.slug === 'gem-les-traboules')).toHaveLength(1);
		const shared = await listSharedDebriefs(contextFor(db(), louise), { slug: 'gem-les-traboules' });
		expect(shared.notes).toMatchObject([{ supporterPseudonym: 'Sacha' }]);

		// Once the groups demo has an intervision session, Sacha is seated at the next one.
		const [aura] = await db().select().from(organisations).where(eq(organisations.slug, 'paires-aura'));
		const group = await insertGroup(db(), {
			organisationId: aura!.id,
			kind: 'intervision',
			audience: 'supporters',
			joinPolicy: 'invitation'
		});
		const { occurrence } = await insertOccurrence(db(), {
			groupId: group.id,
			organisationId: aura!.id,
			startsAt: new Date(Date.now() + 3 * 24 * 3_600_000)
		});
		await seatSachaInIntervision(db(), sacha.accountId);
		await seatSachaInIntervision(db(), sacha.accountId);
		const entry = await getIntervisionEntry(contextFor(db(), sacha), { occurrenceId: occurrence.id });
		expect(entry.pledged).toBe(false);
	});
});
