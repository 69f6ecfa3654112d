import type { Database } from '../../src/db/client';
import type { Actor } from '../../src/core/shared';
import { buildOrganisation } from './factories';
import { insertGroup, insertGroupMember, insertOccurrence, insertRegistration } from './gatherings';

/**
 * A peers-only group in an organisation, with a facilitator, a registered member (confirmed for one online
 * occurrence), an unregistered member of the group, and a professional of the organisation (who may not
 * see the group).
 */
export async function calendarsFixture(
	db: Database,
	options: { startsAt: Date; mode?: 'in_person' | 'online' | 'phone'; title?: string }
) {
	const { organisation, members } = await buildOrganisation(db, {
		members: ['peer_supporter', 'member', 'member', 'professional']
	});
	const [facilitator, registered, unregistered, professional] = members as unknown as [
		Actor,
		Actor,
		Actor,
		Actor
	];
	const group = await insertGroup(db, {
		organisationId: organisation.id,
		audience: 'peers',
		title: options.title ?? 'Groupe de parole du mardi'
	});
	await insertGroupMember(db, { groupId: group.id, accountId: facilitator.accountId, role: 'facilitator' });
	await insertGroupMember(db, { groupId: group.id, accountId: registered.accountId });
	await insertGroupMember(db, { groupId: group.id, accountId: unregistered.accountId });
	const { session, occurrence } = await insertOccurrence(db, {
		groupId: group.id,
		organisationId: organisation.id,
		startsAt: options.startsAt,
		mode: options.mode ?? 'online',
		meetingLink: 'https://visio.example.org/salle-secrete-4321',
		phoneNumber: '+33 1 23 45 67 89'
	});
	await insertRegistration(db, { occurrenceId: occurrence.id, accountId: registered.accountId });
	return { organisation, group, session, occurrence, facilitator, registered, unregistered, professional };
}
