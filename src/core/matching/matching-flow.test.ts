import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import type { Actor } from '../shared';
import { blockPerson } from './block-person';
import { createHelpRequest } from './create-help-request';
import { decideContactRequest } from './decide-contact-request';
import { endAccompaniment } from './end-accompaniment';
import { findMatches } from './find-matches';
import { getAccompaniment } from './my-support';
import { saveProfileExperience } from './save-profile-experience';
import { saveSupporterOffer, setOfferPause } from './save-supporter-offer';
import { requestResumption, sendContactRequest } from './send-contact-request';
import { supporterDashboard } from './supporter-dashboard';
import { viewProfile } from './view-profile';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const DEPRESSION = 'troubles-psychiques/depression';
const ALCOHOL = 'addictions/alcool';
const STREET = 'precarite/vie-a-la-rue';

/** An organisation with a requester and supporters, each supporter's offer given as experience ids. */
async function buildInstance(
	offers: Array<{ experiences: string[]; formats?: string[]; capacity?: number; languages?: string[] }>
) {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['member', ...offers.map(() => 'peer_supporter' as const)]
	});
	const [requester, ...supporters] = members as unknown as [Actor, ...Actor[]];
	for (const [index, offer] of offers.entries()) {
		await saveSupporterOffer(contextFor(db(), supporters[index]!), {
			experienceIds: offer.experiences,
			formats: offer.formats ?? ['chat'],
			languages: offer.languages ?? ['fr'],
			capacity: offer.capacity ?? 3
		});
	}
	return { organisation, requester, supporters };
}

async function requestHelp(requester: Actor, experienceIds: string[], extra: Record<string, unknown> = {}) {
	const { id } = await createHelpRequest(contextFor(db(), requester), {
		experienceIds,
		formats: ['chat'],
		...extra
	});
	return id;
}

describe('finding peer supporters', () => {
	it('names each of the supporter’s experiences once, even when it answers two requested ones', async () => {
		// Voices answers voices exactly and depression by its branch: one explanation, the exact one (the
		// page keys explanations by experience: a repeated one broke its hydration).
		const { requester } = await buildInstance([{ experiences: [VOICES] }]);
		const helpRequestId = await requestHelp(requester, [VOICES, DEPRESSION]);
		const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
		expect(matches[0]!.explanations).toEqual([
			expect.objectContaining({ experienceId: VOICES, closeness: 'same' })
		]);
	});

	it('ranks a supporter sharing a rare experience above one sharing common ones, and explains why', async () => {
		// Make depression and alcohol common on this instance (counted when shown at least to members).
		const { organisation, members: crowd } = await buildOrganisation(db(), {
			members: Array(12).fill('member')
		});
		for (const person of crowd) {
			for (const experienceId of [DEPRESSION, ALCOHOL])
				await saveProfileExperience(contextFor(db(), person), {
					experienceId,
					visibility: 'my_organisations'
				});
		}
		void organisation;
		const { requester, supporters } = await buildInstance([
			{ experiences: [DEPRESSION, ALCOHOL] },
			{ experiences: [VOICES] }
		]);
		const helpRequestId = await requestHelp(requester, [VOICES, DEPRESSION, ALCOHOL]);
		const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
		expect(matches.map((match) => match.supporterId)).toEqual([
			supporters[1]!.accountId,
			supporters[0]!.accountId
		]);
		expect(matches[0]!.explanations[0]).toMatchObject({
			experienceId: VOICES,
			closeness: 'same',
			livedToo: false
		});
	});

	it('says a supporter lived an experience only when their profile shows it to the requester', async () => {
		const { requester, supporters } = await buildInstance([
			{ experiences: [VOICES] },
			{ experiences: [VOICES] }
		]);
		await saveProfileExperience(contextFor(db(), supporters[0]!), {
			experienceId: VOICES,
			visibility: 'my_organisations'
		});
		await saveProfileExperience(contextFor(db(), supporters[1]!), {
			experienceId: VOICES,
			visibility: 'only_me',
			detail: 'secret'
		});
		const helpRequestId = await requestHelp(requester, [VOICES]);
		const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
		const lived = Object.fromEntries(
			matches.map((match) => [match.supporterId, match.explanations[0]!.livedToo])
		);
		expect(lived).toEqual({ [supporters[0]!.accountId]: true, [supporters[1]!.accountId]: false });
		expect(JSON.stringify(matches)).not.toContain('secret');
	});

	it('applies the hard filters: format, language, pause, capacity, organisation and blocks', async () => {
		const { requester, supporters } = await buildInstance([
			{ experiences: [VOICES], formats: ['phone'] },
			{ experiences: [VOICES], languages: ['lsf'] },
			{ experiences: [VOICES] },
			{ experiences: [VOICES] },
			{ experiences: [VOICES] }
		]);
		await setOfferPause(contextFor(db(), supporters[2]!), { paused: 'on' });
		await blockPerson(contextFor(db(), supporters[3]!), { accountId: requester.accountId });
		const elsewhere = await buildOrganisation(db(), { members: ['peer_supporter'] });
		await saveSupporterOffer(contextFor(db(), elsewhere.members[0]!), {
			experienceIds: [VOICES],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
		const helpRequestId = await requestHelp(requester, [VOICES]);
		const { matches } = await findMatches(contextFor(db(), requester), { helpRequestId });
		expect(matches.map((match) => match.supporterId)).toEqual([supporters[4]!.accountId]);
	});

	it('proposes nobody who shares no branch of experience', async () => {
		const { requester } = await buildInstance([{ experiences: [ALCOHOL] }]);
		const helpRequestId = await requestHelp(requester, [STREET]);
		expect((await findMatches(contextFor(db(), requester), { helpRequestId })).matches).toEqual([]);
	});

	it('keeps help requests private to their author', async () => {
		const { requester, supporters } = await buildInstance([{ experiences: [VOICES] }]);
		const helpRequestId = await requestHelp(requester, [VOICES]);
		await expect(findMatches(contextFor(db(), supporters[0]!), { helpRequestId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});
});

describe('mutual recognition', () => {
	it('opens an accompaniment only when the supporter accepts, and either side can end it', async () => {
		const { requester, supporters } = await buildInstance([{ experiences: [VOICES], capacity: 1 }]);
		const supporter = supporters[0]!;
		await saveProfileExperience(contextFor(db(), requester), {
			experienceId: VOICES,
			visibility: 'my_supporters',
			detail: 'depuis 2019'
		});
		const helpRequestId = await requestHelp(requester, [VOICES], { hopes: 'parler à quelqu’un' });
		const contact = await sendContactRequest(contextFor(db(), requester), {
			helpRequestId,
			supporterId: supporter.accountId
		});

		// The supporter now sees what the requester shares with supporters, and the request's hopes.
		const dashboard = await supporterDashboard(contextFor(db(), supporter));
		expect(dashboard.pending).toEqual([
			expect.objectContaining({
				contactRequestId: contact.id,
				hopes: 'parler à quelqu’un',
				experiences: [expect.objectContaining({ detail: 'depuis 2019' })]
			})
		]);
		expect(
			(await viewProfile(contextFor(db(), supporter), { accountId: requester.accountId })).experiences
		).toHaveLength(1);

		await expect(
			decideContactRequest(contextFor(db(), requester), { contactRequestId: contact.id, decision: 'accept' })
		).rejects.toMatchObject({
			// Not "already decided": the requester may withdraw, never accept their own request.
			code: 'FORBIDDEN'
		});
		const accepted = await decideContactRequest(contextFor(db(), supporter), {
			contactRequestId: contact.id,
			decision: 'accept'
		});
		const opened = await getAccompaniment(contextFor(db(), requester), {
			accompanimentId: accepted.accompanimentId!
		});
		expect(opened).toMatchObject({
			status: 'open',
			supporterPseudonym: supporter.pseudonym,
			requesterPseudonym: requester.pseudonym
		});
		const stranger = await buildAccount(db());
		await expect(
			getAccompaniment(contextFor(db(), stranger), { accompanimentId: accepted.accompanimentId! })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});

		// At capacity: nobody else is proposed this supporter.
		const other = await buildAccount(db());
		void other;
		const secondRequest = await requestHelp(requester, [VOICES]);
		expect(
			(await findMatches(contextFor(db(), requester), { helpRequestId: secondRequest })).matches
		).toEqual([]);

		await endAccompaniment(contextFor(db(), requester), { accompanimentId: accepted.accompanimentId! });
		expect(
			(await getAccompaniment(contextFor(db(), supporter), { accompanimentId: accepted.accompanimentId! }))
				.status
		).toBe('ended');
		// Once it ended, the supporter no longer sees what is shared only with supporters.
		expect(
			(await viewProfile(contextFor(db(), supporter), { accountId: requester.accountId })).experiences
		).toEqual([]);
		// The person can ask the same supporter to resume.
		await expect(
			requestResumption(contextFor(db(), requester), { supporterId: supporter.accountId })
		).resolves.toMatchObject({ id: expect.any(String) });
	});

	it('declines with an optional kind message only, and limits pending requests', async () => {
		const { requester, supporters } = await buildInstance(Array(4).fill({ experiences: [VOICES] }));
		const helpRequestId = await requestHelp(requester, [VOICES]);
		const sent = [];
		for (const supporter of supporters.slice(0, 3)) {
			sent.push(
				await sendContactRequest(contextFor(db(), requester), {
					helpRequestId,
					supporterId: supporter.accountId
				})
			);
		}
		await expect(
			sendContactRequest(contextFor(db(), requester), {
				helpRequestId,
				supporterId: supporters[3]!.accountId
			})
		).rejects.toMatchObject({
			code: 'RATE_LIMITED'
		});
		await expect(
			decideContactRequest(contextFor(db(), supporters[0]!), {
				contactRequestId: sent[0]!.id,
				decision: 'decline',
				declineMessage: 'tu es nul' as never
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await decideContactRequest(contextFor(db(), supporters[0]!), {
			contactRequestId: sent[0]!.id,
			decision: 'decline',
			declineMessage: 'decline.takeCare'
		});
		await expect(
			sendContactRequest(contextFor(db(), requester), {
				helpRequestId,
				supporterId: supporters[3]!.accountId
			})
		).resolves.toBeDefined();
	});

	it('never matches a blocked pair again, and closes what was open between them', async () => {
		const { requester, supporters } = await buildInstance([{ experiences: [VOICES] }]);
		const helpRequestId = await requestHelp(requester, [VOICES]);
		const contact = await sendContactRequest(contextFor(db(), requester), {
			helpRequestId,
			supporterId: supporters[0]!.accountId
		});
		await blockPerson(contextFor(db(), requester), { accountId: supporters[0]!.accountId });
		expect((await supporterDashboard(contextFor(db(), supporters[0]!))).pending).toEqual([]);
		expect((await findMatches(contextFor(db(), requester), { helpRequestId })).matches).toEqual([]);
		await expect(
			decideContactRequest(contextFor(db(), supporters[0]!), {
				contactRequestId: contact.id,
				decision: 'accept'
			})
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it('does not let a member who is not a peer supporter publish an offer', async () => {
		const { members } = await buildOrganisation(db(), { members: ['member'] });
		await expect(
			saveSupporterOffer(contextFor(db(), members[0]!), {
				experienceIds: [VOICES],
				formats: ['chat'],
				languages: ['fr'],
				capacity: 2
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
