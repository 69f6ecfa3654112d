import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { experiences, helpRequests } from '../../db/schema';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { decideExperienceProposal } from './decide-experience-proposal';
import { mergeExperiences } from './merge-experiences';
import { proposeExperience } from './propose-experience';
import { renameExperience } from './rename-experience';
import { saveProfileExperience } from './save-profile-experience';
import { saveSupporterOffer } from './save-supporter-offer';
import { searchExperiences } from './search-experiences';
import { syncExperienceVocabulary } from './sync-experience-vocabulary';
import { myExperienceProposals, vocabularyAdministration } from './vocabulary-administration';
import { viewProfile } from './view-profile';

const db = useTestDatabase();
const as = (actor: Actor) => contextFor(db(), actor);

async function people() {
	const { members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'peer_supporter']
	});
	const [coordinator, member, supporter] = members as unknown as [Actor, Actor, Actor];
	const admin = await buildAccount(db(), { isInstanceAdmin: true });
	return { coordinator, member, supporter, admin };
}

const searchIds = async (actor: Actor, query: string) =>
	(await searchExperiences(as(actor), { query })).map((option) => option.id);

describe('governing the vocabulary of experiences', () => {
	it('lets a coordinator propose, keeps the proposal invisible until an admin approves it', async () => {
		const { coordinator, member, admin } = await people();
		await expect(proposeExperience(as(member), { labelFr: 'Hyperacousie' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const proposal = await proposeExperience(as(coordinator), {
			labelFr: 'Hyperacousie',
			parentId: 'handicap-sensoriel',
			synonyms: 'sensibilité aux sons, bruit',
			note: 'Plusieurs membres du GEM en parlent.'
		});
		expect(proposal).toEqual({ id: 'handicap-sensoriel/hyperacousie', status: 'proposed' });
		// The same words again are one entry, not two.
		await expect(
			proposeExperience(as(coordinator), { labelFr: 'hyperacousie', parentId: 'handicap-sensoriel' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		expect(await searchIds(member, 'hyperacousie')).toEqual([]);
		await expect(
			saveProfileExperience(as(member), { experienceId: proposal.id, visibility: 'only_me' })
		).rejects.toMatchObject({ code: 'INVALID' });

		await expect(vocabularyAdministration(as(coordinator))).rejects.toMatchObject({ code: 'FORBIDDEN' });
		const pending = await vocabularyAdministration(as(admin));
		expect(pending.proposals).toEqual([
			expect.objectContaining({
				id: proposal.id,
				parentLabel: 'Handicap sensoriel',
				proposedBy: coordinator.pseudonym,
				note: 'Plusieurs membres du GEM en parlent.'
			})
		]);
		await expect(
			decideExperienceProposal(as(coordinator), { experienceId: proposal.id, decision: 'approve' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await decideExperienceProposal(as(admin), {
			experienceId: proposal.id,
			decision: 'approve',
			labelEn: 'Hyperacusis'
		});
		expect(await searchIds(member, 'bruit')).toEqual([proposal.id]);
		expect(await searchExperiences(as(member), { query: 'hyperacusis', locale: 'en' })).toEqual([
			{ id: proposal.id, parentId: 'handicap-sensoriel', label: 'Hyperacusis' }
		]);
		await saveProfileExperience(as(member), { experienceId: proposal.id });
		const mine = await myExperienceProposals(as(coordinator));
		expect(mine.proposals).toEqual([expect.objectContaining({ id: proposal.id, status: 'approved' })]);
		expect(mine.canGovern).toBe(false);
	});

	it('rejects a proposal, and never reopens a decided one', async () => {
		const { coordinator, admin } = await people();
		const { id } = await proposeExperience(as(coordinator), { labelFr: 'Expérience en doublon' });
		await decideExperienceProposal(as(admin), { experienceId: id, decision: 'reject' });
		await expect(
			decideExperienceProposal(as(admin), { experienceId: id, decision: 'approve' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const [row] = await db().select().from(experiences).where(eq(experiences.id, id));
		expect(row!.status).toBe('rejected');
	});

	it('keeps an admin rename across restarts that refresh the shipped vocabulary', async () => {
		const { member, admin } = await people();
		await renameExperience(as(admin), {
			experienceId: 'troubles-psychiques/entente-de-voix',
			labelFr: 'Entendre des voix',
			labelEn: 'Hearing voices',
			synonyms: ['entendeur de voix', 'voix']
		});
		await syncExperienceVocabulary(db());
		const [row] = await db()
			.select()
			.from(experiences)
			.where(eq(experiences.id, 'troubles-psychiques/entente-de-voix'));
		expect(row!.labelFr).toBe('Entendre des voix');
		expect(await searchIds(member, 'entendeur')).toEqual(['troubles-psychiques/entente-de-voix']);
		await expect(
			renameExperience(as(member), {
				experienceId: 'troubles-psychiques/depression',
				labelFr: 'Tristesse',
				labelEn: 'Sadness'
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});

	it('merges a duplicate: profiles, offers and requests are re-pointed, and restarts do not bring it back', async () => {
		const { coordinator, member, supporter, admin } = await people();
		const { id: duplicate } = await proposeExperience(as(coordinator), {
			labelFr: 'Entendeurs de voix',
			parentId: 'troubles-psychiques'
		});
		await decideExperienceProposal(as(admin), { experienceId: duplicate, decision: 'approve' });
		const target = 'troubles-psychiques/entente-de-voix';
		// The member has both lines (only the duplicate carries words); the supporter offers the duplicate.
		await saveProfileExperience(as(member), { experienceId: target, visibility: 'my_organisations' });
		await saveProfileExperience(as(member), {
			experienceId: duplicate,
			detail: 'Mes mots à moi.',
			visibility: 'only_me'
		});
		await saveSupporterOffer(as(supporter), {
			experienceIds: [duplicate],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
		const request = await createHelpRequest(as(member), {
			experienceIds: [duplicate, target, 'troubles-psychiques/depression'],
			formats: ['chat']
		});

		await expect(
			mergeExperiences(as(admin), { experienceId: duplicate, intoId: duplicate })
		).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			mergeExperiences(as(admin), { experienceId: 'troubles-psychiques', intoId: target })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const merged = await mergeExperiences(as(admin), { experienceId: duplicate, intoId: target });
		// Too few to be shown (experience-counts.test.ts checks the counting itself).
		expect(merged.repointed).toEqual({ profiles: null, offers: null, helpRequests: null });

		const profile = await viewProfile(as(member), { accountId: member.accountId });
		const lines = profile.experiences.filter((line) => line.experienceId.startsWith('troubles-psychiques/'));
		// One line, with the person's words and the audience they had chosen for the line they kept.
		expect(lines).toEqual([
			expect.objectContaining({
				experienceId: target,
				detail: 'Mes mots à moi.',
				visibility: 'my_organisations'
			})
		]);
		const [stored] = await db().select().from(helpRequests).where(eq(helpRequests.id, request.id));
		expect([...stored!.experienceIds].sort()).toEqual(['troubles-psychiques/depression', target]);
		expect(await searchIds(member, 'entendeurs')).toEqual([target]);

		await syncExperienceVocabulary(db());
		const [old] = await db().select().from(experiences).where(eq(experiences.id, duplicate));
		expect(old).toMatchObject({ status: 'merged', mergedInto: target });
	});

	it('moves a merged branch’s leaves under the target branch, and keeps them there across restarts', async () => {
		const { admin } = await people();
		await mergeExperiences(as(admin), { experienceId: 'deuil', intoId: 'suicide' });
		await syncExperienceVocabulary(db());
		const leaves = await db().select().from(experiences).where(eq(experiences.parentId, 'deuil'));
		expect(leaves).toEqual([]);
		const [leaf] = await db().select().from(experiences).where(eq(experiences.id, 'deuil/deuil-enfant'));
		expect(leaf!.parentId).toBe('suicide');
	});
});
