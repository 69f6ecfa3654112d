import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { exportPersonalData } from '../my-data';
import { blockPerson } from './block-person';
import { removeProfileExperience } from './remove-profile-experience';
import { saveProfileExperience } from './save-profile-experience';
import { searchExperiences } from './search-experiences';
import { viewProfile } from './view-profile';
import { VISIBILITIES } from './visibility';

const db = useTestDatabase();

/** Picks four real leaves of the shipped vocabulary, one per visibility. */
async function someLeaves(count: number) {
	const options = await searchExperiences(contextFor(db(), null), {});
	return options.filter((option) => option.parentId !== null).slice(0, count);
}

async function buildProfileWithEveryVisibility() {
	const { organisation, members } = await buildOrganisation(db(), { members: ['member', 'member'] });
	const [owner, colleague] = members;
	const leaves = await someLeaves(4);
	for (const [index, visibility] of VISIBILITIES.entries()) {
		await saveProfileExperience(contextFor(db(), owner!), {
			experienceId: leaves[index]!.id,
			detail: `détail ${visibility}`,
			visibility
		});
	}
	const byVisibility = Object.fromEntries(
		VISIBILITIES.map((visibility, index) => [visibility, leaves[index]!.id])
	);
	return { organisation, owner: owner!, colleague: colleague!, byVisibility };
}

const seenIds = (profile: Awaited<ReturnType<typeof viewProfile>>) =>
	profile.experiences.map((experience) => experience.experienceId).sort();

describe('experience visibility', () => {
	it('shows each audience exactly what the visibility allows, details included', async () => {
		const { owner, colleague, byVisibility } = await buildProfileWithEveryVisibility();
		const stranger = await buildAccount(db());
		const self = await viewProfile(contextFor(db(), owner), { accountId: owner.accountId });
		expect(seenIds(self)).toEqual(Object.values(byVisibility).sort());
		const byColleague = await viewProfile(contextFor(db(), colleague), { accountId: owner.accountId });
		expect(seenIds(byColleague)).toEqual([byVisibility.my_organisations, byVisibility.instance].sort());
		const byStranger = await viewProfile(contextFor(db(), stranger), { accountId: owner.accountId });
		expect(seenIds(byStranger)).toEqual([byVisibility.instance]);
		expect(JSON.stringify(byStranger)).not.toContain('détail my_organisations');
		expect(JSON.stringify(byStranger)).not.toContain('détail only_me');
	});

	it('previews the profile as each audience sees it, for its owner only', async () => {
		const { owner, colleague, byVisibility } = await buildProfileWithEveryVisibility();
		const asVisitor = await viewProfile(contextFor(db(), owner), {
			accountId: owner.accountId,
			previewAs: 'visitor'
		});
		expect(asVisitor.experiences).toEqual([]);
		const asSupporters = await viewProfile(contextFor(db(), owner), {
			accountId: owner.accountId,
			previewAs: 'my_supporters'
		});
		expect(seenIds(asSupporters)).toEqual(
			[byVisibility.my_supporters, byVisibility.my_organisations, byVisibility.instance].sort()
		);
		// Another person asking for a "preview" gets their own view, nothing more.
		const sneaky = await viewProfile(contextFor(db(), colleague), {
			accountId: owner.accountId,
			previewAs: 'my_supporters'
		});
		expect(seenIds(sneaky)).toEqual([byVisibility.my_organisations, byVisibility.instance].sort());
	});

	it('keeps a new experience private unless the person chooses otherwise', async () => {
		const owner = await buildAccount(db());
		const [leaf] = await someLeaves(1);
		const saved = await saveProfileExperience(contextFor(db(), owner), { experienceId: leaf!.id });
		expect(saved.visibility).toBe('only_me');
		const other = await buildAccount(db());
		expect((await viewProfile(contextFor(db(), other), { accountId: owner.accountId })).experiences).toEqual(
			[]
		);
	});

	it('stops showing an experience to a colleague when the person narrows its audience or leaves', async () => {
		const { owner, colleague, byVisibility } = await buildProfileWithEveryVisibility();
		await saveProfileExperience(contextFor(db(), owner), {
			experienceId: byVisibility.my_organisations!,
			visibility: 'only_me'
		});
		await removeProfileExperience(contextFor(db(), owner), { experienceId: byVisibility.instance! });
		expect(
			(await viewProfile(contextFor(db(), colleague), { accountId: owner.accountId })).experiences
		).toEqual([]);
	});

	it('answers not found for an unknown person and refuses experiences outside the vocabulary', async () => {
		const owner = await buildAccount(db());
		await expect(
			viewProfile(contextFor(db(), owner), { accountId: '00000000-0000-4000-8000-000000000000' })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(
			saveProfileExperience(contextFor(db(), owner), { experienceId: 'pas-dans-la-liste' })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'experienceId', message: 'validation.experience' }]
		});
		await expect(
			saveProfileExperience(contextFor(db(), owner), { experienceId: 'x', visibility: 'public' as never })
		).rejects.toMatchObject({
			code: 'INVALID'
		});
	});

	it('is not found, silently, for someone its owner blocked; the blocker still sees theirs', async () => {
		const { owner, colleague } = await buildProfileWithEveryVisibility();
		await viewProfile(contextFor(db(), colleague), { accountId: owner.accountId });
		await blockPerson(contextFor(db(), owner), { accountId: colleague.accountId });
		await expect(
			viewProfile(contextFor(db(), colleague), { accountId: owner.accountId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const theirs = await viewProfile(contextFor(db(), owner), { accountId: colleague.accountId });
		expect(theirs.pseudonym).toBe(colleague.pseudonym);
	});

	it('is in the personal data export', async () => {
		const owner = await buildAccount(db());
		const [leaf] = await someLeaves(1);
		await saveProfileExperience(contextFor(db(), owner), {
			experienceId: leaf!.id,
			detail: 'mes mots',
			visibility: 'instance'
		});
		const exported = (await exportPersonalData(contextFor(db(), owner))) as unknown as {
			experiences: { profile: Array<{ experienceId: string; detail: string }> };
		};
		expect(exported.experiences.profile).toEqual([
			expect.objectContaining({ experienceId: leaf!.id, detail: 'mes mots', visibility: 'instance' })
		]);
	});
});

describe('searchExperiences', () => {
	it('finds entries through synonyms and without accents, in both languages', async () => {
		const ctx = contextFor(db(), null);
		const byLabel = await searchExperiences(ctx, { query: 'entendeur de voix' });
		expect(byLabel.length).toBeGreaterThan(0);
		const folded = await searchExperiences(ctx, { query: 'PRECARITE' });
		const accented = await searchExperiences(ctx, { query: 'précarité' });
		expect(folded.map((option) => option.id)).toEqual(accented.map((option) => option.id));
		const english = await searchExperiences(ctx, { query: 'voices', locale: 'en' });
		expect(english.map((option) => option.id)).toEqual(
			expect.arrayContaining(byLabel.map((option) => option.id))
		);
		expect(await searchExperiences(ctx, { query: '%' })).toEqual([]);
	});
});
