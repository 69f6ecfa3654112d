import type { Database } from '../../src/db/client';
import type { Actor } from '../../src/core/shared';
import { buildOrganisation } from './factories';
import { insertGroup, insertGroupMember, insertOccurrence, insertRegistration } from './gatherings';

/**
 * An intervision group of a fresh organisation with one occurrence next week: two confirmed peer
 * supporters (`first`, `second`), a peer supporter facilitating (not registered), a third peer supporter
 * not registered, and a professional and a relative of the organisation (registered by force, to show
 * that no registration lets them in).
 */
export async function buildIntervision(db: Database) {
	const { organisation, coordinator, members } = await buildOrganisation(db, {
		members: [
			'peer_supporter',
			'peer_supporter',
			'peer_supporter',
			'peer_supporter',
			'professional',
			'relative'
		]
	});
	const [first, second, facilitator, outsider, professional, relative] = members as unknown as Actor[];
	const group = await insertGroup(db, {
		organisationId: organisation.id,
		kind: 'intervision',
		audience: 'supporters',
		joinPolicy: 'invitation',
		title: 'Intervision des pair-aidant·e·s'
	});
	for (const person of [first!, second!, professional!, relative!])
		await insertGroupMember(db, { groupId: group.id, accountId: person.accountId });
	await insertGroupMember(db, { groupId: group.id, accountId: facilitator!.accountId, role: 'facilitator' });
	const { occurrence } = await insertOccurrence(db, {
		groupId: group.id,
		organisationId: organisation.id,
		startsAt: new Date(Date.now() + 7 * 24 * 3_600_000)
	});
	for (const person of [first!, second!, professional!, relative!])
		await insertRegistration(db, { occurrenceId: occurrence.id, accountId: person.accountId });
	return {
		organisation,
		coordinator,
		group,
		occurrence,
		first: first!,
		second: second!,
		facilitator: facilitator!,
		outsider: outsider!,
		professional: professional!,
		relative: relative!
	};
}
