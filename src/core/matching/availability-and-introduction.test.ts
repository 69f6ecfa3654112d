import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { findMatches } from './find-matches';
import { saveSupporterOffer } from './save-supporter-offer';
import { searchExperiences } from './search-experiences';
import { supporterDashboard } from './supporter-dashboard';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';

async function twoSupporters() {
	const { members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'peer_supporter']
	});
	const [requester, mornings, evenings] = members as unknown as [Actor, Actor, Actor];
	const offer = { experienceIds: [VOICES], formats: ['chat'], languages: ['fr'], capacity: 3 };
	await saveSupporterOffer(contextFor(db(), mornings), { ...offer, availability: ['mon-08:00-12:00'] });
	await saveSupporterOffer(contextFor(db(), evenings), {
		...offer,
		availability: ['mon-18:00-22:00', 'wed-18:00-22:00'],
		introduction: '  J’écoute sans juger.  '
	});
	return { requester, mornings, evenings };
}

describe('availability and introduction in matching', () => {
	it('ranks the supporter free when the requester is first, and shows each one’s introduction and slots', async () => {
		const { requester, mornings, evenings } = await twoSupporters();
		const ctx = contextFor(db(), requester);
		const { id } = await createHelpRequest(ctx, {
			experienceIds: [VOICES],
			formats: ['chat'],
			availability: ['wed-18:00-22:00', 'wed-18:00-22:00']
		});
		const { request, matches } = await findMatches(ctx, { helpRequestId: id });
		expect(request.availability).toEqual(['wed-18:00-22:00']);
		expect(matches.map((match) => [match.supporterId, match.availableTogether])).toEqual([
			[evenings.accountId, true],
			[mornings.accountId, false]
		]);
		expect(matches[0]!.introduction).toBe('J’écoute sans juger.');
		expect(matches[0]!.availability).toEqual(['mon-18:00-22:00', 'wed-18:00-22:00']);
		expect(matches[1]!.introduction).toBe('');
	});

	it('treats a request without availability as any time: nobody is preferred for it', async () => {
		const { requester } = await twoSupporters();
		const ctx = contextFor(db(), requester);
		const { id } = await createHelpRequest(ctx, { experienceIds: [VOICES], formats: ['chat'] });
		const { matches } = await findMatches(ctx, { helpRequestId: id });
		expect(matches.map((match) => match.availableTogether)).toEqual([null, null]);
		expect(matches[0]!.score).toBe(matches[1]!.score);
	});

	it.each([
		['a slot in another format', { availability: ['monday 18-20'] }, 'availability'],
		['an hour past 23', { availability: ['mon-18:00-24:00'] }, 'availability'],
		['an introduction past 500 characters', { introduction: 'x'.repeat(501) }, 'introduction']
	])('refuses %s', async (_case, extra, field) => {
		const { evenings } = await twoSupporters();
		await expect(
			saveSupporterOffer(contextFor(db(), evenings), {
				experienceIds: [VOICES],
				formats: ['chat'],
				languages: ['fr'],
				capacity: 3,
				...extra
			})
		).rejects.toMatchObject({ code: 'INVALID', fields: [expect.objectContaining({ field })] });
	});

	it('refuses a request whose availability is not weekly slots', async () => {
		const { requester } = await twoSupporters();
		await expect(
			createHelpRequest(contextFor(db(), requester), {
				experienceIds: [VOICES],
				formats: ['chat'],
				availability: ['sun-25:00-26:00']
			})
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('keeps the introduction when an offer is saved without one, and clears it when sent empty', async () => {
		const { evenings } = await twoSupporters();
		const ctx = contextFor(db(), evenings);
		const offer = { experienceIds: [VOICES], formats: ['chat'], languages: ['fr'], capacity: 2 };
		await saveSupporterOffer(ctx, offer);
		expect((await supporterDashboard(ctx)).offer?.introduction).toBe('J’écoute sans juger.');
		await saveSupporterOffer(ctx, { ...offer, introduction: '' });
		expect((await supporterDashboard(ctx)).offer?.introduction).toBe('');
	});

	it('finds "Dépression post-partum" among the candidates of "depression", accents and case folded', async () => {
		const { requester } = await twoSupporters();
		const found = await searchExperiences(contextFor(db(), requester), { query: 'DEPRESSION' });
		expect(found.map((option) => option.label)).toEqual(
			expect.arrayContaining(['Dépression', 'Dépression post-partum'])
		);
	});
});
