import type { Database } from '../../src/db/client';
import { accounts } from '../../src/db/schema';
import type { Actor } from '../../src/core/shared';
import { buildOrganisation, uniquePseudonym } from './factories';
import { insertGroup, insertGroupMember } from './gatherings';

// Set-up for the sessions tests: many people at once without paying a password hash for each.

/** `count` accounts inserted directly (they never sign in), as actors. */
export async function insertPeople(db: Database, count: number): Promise<Actor[]> {
	const rows = await db
		.insert(accounts)
		.values(
			Array.from({ length: count }, () => {
				const pseudonym = uniquePseudonym('Pair');
				return {
					pseudonym,
					pseudonymKey: pseudonym.toLowerCase(),
					passwordHash: 'not-a-hash',
					consentVersion: '1',
					consentedAt: new Date()
				};
			})
		)
		.returning({ id: accounts.id, pseudonym: accounts.pseudonym });
	return rows.map((row) => ({ accountId: row.id, pseudonym: row.pseudonym, isInstanceAdmin: false }));
}

/** An organisation, a group in it with a facilitator, and `members` active members of the group. */
export async function buildGroupWithMembers(
	db: Database,
	options: { members?: number; publicProgramme?: boolean; audience?: 'members' | 'peers' } = {}
) {
	const { organisation, coordinator } = await buildOrganisation(db);
	const group = await insertGroup(db, {
		organisationId: organisation.id,
		publicProgramme: options.publicProgramme,
		audience: options.audience
	});
	const [facilitator, ...members] = await insertPeople(db, 1 + (options.members ?? 0));
	await insertGroupMember(db, { groupId: group.id, accountId: facilitator!.accountId, role: 'facilitator' });
	for (const member of members)
		await insertGroupMember(db, { groupId: group.id, accountId: member.accountId });
	return { organisation, coordinator, group, facilitator: facilitator!, members };
}
