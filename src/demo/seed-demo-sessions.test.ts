import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { groupSessions, sessionOccurrences } from '../db/schema';
import { createOrganisation } from '../core/organisations';
import { utcToWall } from '../core/gatherings/recurrence';
import { useTestDatabase } from '../../tests/support/database';
import { buildAccount, contextFor } from '../../tests/support/factories';
import { insertGroup } from '../../tests/support/gatherings';
import { seedDemoSessions } from './seed-demo-sessions';

const database = useTestDatabase();

describe('seedDemoSessions', () => {
	it('does nothing while the demo groups are absent', async () => {
		const admin = await buildAccount(database(), { isInstanceAdmin: true });
		await expect(seedDemoSessions(database(), admin)).resolves.toBeUndefined();
		expect(await database().select().from(groupSessions)).toEqual([]);
	});

	it('schedules the Tuesday talk group at 18:00 Paris and the Saturday workshop at 10:00', async () => {
		const admin = await buildAccount(database(), { isInstanceAdmin: true });
		const gem = await createOrganisation(contextFor(database(), admin), {
			name: 'GEM Les Traboules',
			slug: 'gem-les-traboules',
			kind: 'gem',
			joinPolicy: 'request',
			charter: 'Ici, chacun·e parle en son nom et à partir de son expérience.'
		});
		const talk = await insertGroup(database(), {
			organisationId: gem.id,
			title: 'Groupe de parole du mardi'
		});
		const cooking = await insertGroup(database(), { organisationId: gem.id, title: 'Atelier cuisine' });
		await seedDemoSessions(database(), admin);
		for (const [group, weekday, hour] of [
			[talk, 2, 18],
			[cooking, 6, 10]
		] as const) {
			const rows = await database()
				.select({ startsAt: sessionOccurrences.startsAt })
				.from(sessionOccurrences)
				.where(eq(sessionOccurrences.groupId, group.id))
				.orderBy(asc(sessionOccurrences.startsAt));
			expect(rows.length).toBeGreaterThan(10);
			const walls = rows.map((row) => utcToWall(row.startsAt, 'Europe/Paris'));
			expect(walls.every((wall) => wall.getUTCDay() === weekday && wall.getUTCHours() === hour)).toBe(true);
		}
	});
});
