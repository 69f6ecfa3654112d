import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { memberships } from '../../db/schema';
import type { Role } from '../organisations';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { findMatches } from './find-matches';
import { relationBetween } from './relation';
import { saveProfileExperience } from './save-profile-experience';
import { saveSupporterOffer } from './save-supporter-offer';
import { viewProfile } from './view-profile';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';

/** The viewer's role in the owner's organisation (the owner is a member there), and the expected relation. */
const cases: Array<{ viewer: Role | 'pending' | 'none'; sharesOrganisation: boolean }> = [
	{ viewer: 'member', sharesOrganisation: true },
	{ viewer: 'peer_supporter', sharesOrganisation: true },
	{ viewer: 'relative', sharesOrganisation: true },
	{ viewer: 'moderator', sharesOrganisation: true },
	{ viewer: 'coordinator', sharesOrganisation: true },
	{ viewer: 'professional', sharesOrganisation: false },
	{ viewer: 'pending', sharesOrganisation: false },
	{ viewer: 'none', sharesOrganisation: false }
];

async function join(organisationId: string, person: Actor, role: Role, status = 'active') {
	await db().insert(memberships).values({
		organisationId,
		accountId: person.accountId,
		role,
		status,
		charterVersionAccepted: 1,
		charterAcceptedAt: new Date()
	});
}

describe('who counts as a member of my organisations', () => {
	for (const { viewer, sharesOrganisation } of cases) {
		it(`${sharesOrganisation ? 'counts' : 'does not count'} a viewer who is ${viewer} there`, async () => {
			const { organisation, members } = await buildOrganisation(db(), { members: ['member'] });
			const owner = members[0]!;
			const person = await buildAccount(db());
			if (viewer === 'pending') await join(organisation.id, person, 'member', 'pending');
			else if (viewer !== 'none') await join(organisation.id, person, viewer);
			await expect(relationBetween(db(), person, owner.accountId)).resolves.toMatchObject({
				isSignedIn: true,
				sharesOrganisation
			});
		});
	}

	it('counts a professional partner who is also a peer in another organisation the owner belongs to', async () => {
		const first = await buildOrganisation(db(), { members: ['member'] });
		const owner = first.members[0]!;
		const second = await buildOrganisation(db());
		const person = await buildAccount(db());
		await join(first.organisation.id, person, 'professional');
		await join(second.organisation.id, person, 'member');
		await join(second.organisation.id, owner, 'member');
		await expect(relationBetween(db(), person, owner.accountId)).resolves.toMatchObject({
			sharesOrganisation: true
		});
	});

	it('shows a professional partner only what the owner shares with everyone signed in', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['member', 'professional'] });
		const [owner, professional] = members as unknown as [Actor, Actor];
		await saveProfileExperience(contextFor(db(), owner), {
			experienceId: VOICES,
			visibility: 'my_organisations',
			detail: 'Je n’en parle qu’entre pairs.'
		});
		const seen = await viewProfile(contextFor(db(), professional), { accountId: owner.accountId });
		expect(JSON.stringify(seen)).not.toContain('Je n’en parle qu’entre pairs.');
		const peer = await buildAccount(db());
		await join(organisation.id, peer, 'member');
		const seenByPeer = await viewProfile(contextFor(db(), peer), { accountId: owner.accountId });
		expect(JSON.stringify(seenByPeer)).toContain('Je n’en parle qu’entre pairs.');
	});

	it('tells a professional partner looking for a peer only what supporters share with everyone', async () => {
		const { members } = await buildOrganisation(db(), {
			members: ['professional', 'member', 'peer_supporter']
		});
		const [professional, member, supporter] = members as unknown as [Actor, Actor, Actor];
		await saveSupporterOffer(contextFor(db(), supporter), {
			experienceIds: [VOICES],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
		await saveProfileExperience(contextFor(db(), supporter), {
			experienceId: VOICES,
			visibility: 'my_organisations'
		});
		const livedToo = async (requester: Actor) => {
			const { id: helpRequestId } = await createHelpRequest(contextFor(db(), requester), {
				experienceIds: [VOICES],
				formats: ['chat']
			});
			const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
			return matches.find((match) => match.supporterId === supporter.accountId)!.explanations[0]!.livedToo;
		};
		expect(await livedToo(member)).toBe(true);
		expect(await livedToo(professional)).toBe(false);
	});
});
