import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { experiences, offerExperiences, profileExperiences, supporterOffers } from '../../db/schema';
import type { Visibility } from './visibility';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { findMatches } from './find-matches';
import { mergeExperiences } from './merge-experiences';
import { saveSupporterOffer } from './save-supporter-offer';
import { vocabularyAdministration } from './vocabulary-administration';

const db = useTestDatabase();

/** A fresh entry of the vocabulary, so that nothing else in this file lists it. */
async function freshExperience(): Promise<string> {
	const id = `troubles-psychiques/essai-${randomBytes(4).toString('hex')}`;
	await db()
		.insert(experiences)
		.values({ id, parentId: 'troubles-psychiques', labelFr: 'Essai', labelEn: 'Trial', origin: 'local' });
	return id;
}

/** `count` new people listing the experience on their profile with this audience. */
async function listedBy(experienceId: string, count: number, visibility: Visibility) {
	for (let index = 0; index < count; index++) {
		const person = await buildAccount(db());
		await db().insert(profileExperiences).values({ accountId: person.accountId, experienceId, visibility });
	}
}

describe('counts of people listing an experience', () => {
	it('show admins only what members may see, and never a number below 5', async () => {
		const experienceId = await freshExperience();
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		const entry = async () =>
			(await vocabularyAdministration(contextFor(db(), admin))).entries.find(
				(row) => row.id === experienceId
			);

		await listedBy(experienceId, 4, 'my_organisations');
		await listedBy(experienceId, 3, 'only_me');
		await listedBy(experienceId, 2, 'my_supporters');
		const supporter = await buildAccount(db());
		await db().insert(supporterOffers).values({ accountId: supporter.accountId });
		await db().insert(offerExperiences).values({ accountId: supporter.accountId, experienceId });
		expect(await entry()).toMatchObject({ profiles: null, offers: null });

		await listedBy(experienceId, 1, 'instance');
		expect(await entry()).toMatchObject({ profiles: 5, offers: null });
	});

	it('in a merge’s answer, count only what members may see, and never a number below 5', async () => {
		const [duplicate, target] = [await freshExperience(), await freshExperience()];
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		await listedBy(duplicate, 3, 'my_organisations');
		await listedBy(duplicate, 2, 'instance');
		await listedBy(duplicate, 4, 'only_me');
		await listedBy(duplicate, 1, 'my_supporters');
		for (let index = 0; index < 2; index++) {
			const supporter = await buildAccount(db());
			await db().insert(supporterOffers).values({ accountId: supporter.accountId });
			await db().insert(offerExperiences).values({ accountId: supporter.accountId, experienceId: duplicate });
		}
		const merged = await mergeExperiences(contextFor(db(), admin), {
			experienceId: duplicate,
			intoId: target
		});
		expect(merged.repointed).toEqual({ profiles: 5, offers: null, helpRequests: null });
	});

	it('call an experience rare here whatever people keep to themselves', async () => {
		const experienceId = await freshExperience();
		const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter'] });
		const [requester, supporter] = members as unknown as [Actor, Actor];
		await saveSupporterOffer(contextFor(db(), supporter), {
			experienceIds: [experienceId],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
		const { id: helpRequestId } = await createHelpRequest(contextFor(db(), requester), {
			experienceIds: [experienceId],
			formats: ['chat']
		});
		const rare = async () => {
			const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
			return matches[0]!.explanations[0]!.rare;
		};
		// Many people keep it to themselves or to their supporters: here, only the supporter shows it.
		await listedBy(experienceId, 6, 'only_me');
		await listedBy(experienceId, 3, 'my_supporters');
		expect(await rare()).toBe(true);
		// Shown to members by many, it is not rare any more.
		await listedBy(experienceId, 6, 'my_organisations');
		expect(await rare()).toBe(false);
	});
});
