import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor, PASSWORD } from '../../../tests/support/factories';
import {
	CONTRIBUTION_TEXT,
	DEPRESSION,
	insertContribution,
	knowledgeScene
} from '../../../tests/support/knowledge-responses';
import {
	contributionConfirmations,
	contributionRevisions,
	contributions,
	contributionVersions,
	knowledgePreferences
} from '../../db/schema';
import { deleteAccount, exportPersonalData, readableCopyOfMyData } from '../my-data';
import { confirmContribution, decideRevision, listConfirmations, proposeRevision } from '.';

const db = useTestDatabase();

/** The reader confirms with a nuance, has a revision accepted and one pending, keeps a contribution and not another. */
async function readerWithHistory() {
	const s = await knowledgeScene(db());
	const ctx = contextFor(db(), s.reader, { clock: s.clock });
	await confirmContribution(ctx, {
		contributionId: s.contributionId,
		kind: 'different',
		nuance: 'Chez moi, le CMP fermait à 17 h.',
		experienceIds: [DEPRESSION],
		showName: true
	});
	const accepted = await proposeRevision(ctx, {
		contributionId: s.contributionId,
		title: CONTRIBUTION_TEXT.title,
		body: 'Noter les rendez-vous et les horaires du CMP.',
		note: 'Les horaires comptent.'
	});
	await decideRevision(contextFor(db(), s.author, { clock: s.clock }), {
		revisionId: accepted.id,
		decision: 'accept'
	});
	const pending = await proposeRevision(ctx, {
		contributionId: s.contributionId,
		title: CONTRIBUTION_TEXT.title,
		body: 'Une autre proposition en attente.'
	});
	const kept = await insertContribution(db(), {
		authorId: s.reader.accountId,
		organisationId: s.organisation.id,
		keepOnErasure: true,
		title: 'Savoir gardé'
	});
	const dropped = await insertContribution(db(), {
		authorId: s.reader.accountId,
		organisationId: s.organisation.id,
		title: 'Savoir retiré'
	});
	await db()
		.insert(knowledgePreferences)
		.values({ accountId: s.reader.accountId, hiddenTopics: ['suicide'] });
	return { ...s, ctx, accepted, pending, kept, dropped };
}

describe('a person’s knowledge in their data', () => {
	it('exports their contributions with their versions, confirmations, revisions and choices, and the readable copy too', async () => {
		const s = await readerWithHistory();
		const exported = (await exportPersonalData(s.ctx)) as Record<string, unknown>;
		expect(exported.knowledge).toMatchObject({
			contributions: [
				{ id: s.kept, title: 'Savoir gardé', keepOnErasure: true, versions: [{ number: 1 }] },
				{ id: s.dropped, keepOnErasure: false }
			],
			versionsOfOthers: [{ contributionId: s.contributionId, number: 2, note: 'Les horaires comptent.' }],
			confirmations: [{ kind: 'different', nuance: 'Chez moi, le CMP fermait à 17 h.', showName: true }],
			hiddenTopics: ['suicide']
		});
		expect((exported.knowledge as { revisions: unknown[] }).revisions).toHaveLength(2);
		const copy = await readableCopyOfMyData(s.ctx, { locale: 'fr' });
		expect(copy.knowledge.confirmations[0]!.contribution).toBe(CONTRIBUTION_TEXT.title);
	});

	it('on erasure keeps chosen contributions anonymously, deletes the others, and leaves confirmations as counts without words', async () => {
		const s = await readerWithHistory();
		await deleteAccount(s.ctx, { password: PASSWORD });
		const left = await db()
			.select()
			.from(contributions)
			.where(eq(contributions.organisationId, s.organisation.id));
		expect(left.map((row) => row.title).sort()).toEqual([CONTRIBUTION_TEXT.title, 'Savoir gardé'].sort());
		expect(left.find((row) => row.id === s.kept)!.authorId).toBeNull();
		const [confirmation] = await db()
			.select()
			.from(contributionConfirmations)
			.where(eq(contributionConfirmations.contributionId, s.contributionId));
		expect(confirmation).toMatchObject({ accountId: null, nuance: '', showName: false, kind: 'different' });
		const shown = await listConfirmations(contextFor(db(), s.other, { clock: s.clock }), {
			contributionId: s.contributionId
		});
		expect(shown.tallies.different).toBe(1);
		expect(shown.nuances).toEqual([]);
		const revisions = await db()
			.select()
			.from(contributionRevisions)
			.where(eq(contributionRevisions.contributionId, s.contributionId));
		expect(revisions).toEqual([expect.objectContaining({ id: s.accepted.id, proposerId: null })]);
		const versions = await db()
			.select()
			.from(contributionVersions)
			.where(eq(contributionVersions.contributionId, s.contributionId));
		expect(versions.find((version) => version.number === 2)!.editorId).toBeNull();
		expect(
			await db()
				.select()
				.from(knowledgePreferences)
				.where(eq(knowledgePreferences.accountId, s.reader.accountId))
		).toEqual([]);
	});
});
