import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { CONTRIBUTION_TEXT, knowledgeScene } from '../../../tests/support/knowledge-responses';
import { notificationsOf } from '../../../tests/support/peer-groups';
import { contributions, contributionVersions } from '../../db/schema';
import { listNotifications } from '../notifications';
import {
	decideRevision,
	getRevision,
	listRevisions,
	loadContributionForActor,
	proposeRevision,
	withdrawRevision
} from '.';
import { writeNewVersion } from './versions';

const db = useTestDatabase();

const proposal = (contributionId: string, body = 'Noter les rendez-vous, et appeler le CMP la veille.') => ({
	contributionId,
	title: CONTRIBUTION_TEXT.title,
	body,
	helpedWith: CONTRIBUTION_TEXT.helpedWith,
	note: 'Le CMP rappelle rarement.'
});

describe('proposing and deciding revisions', () => {
	it('accepts a revision once under parallel decisions, as a version by the proposer, and tells each side', async () => {
		const s = await knowledgeScene(db());
		const proposed = await proposeRevision(contextFor(db(), s.reader), proposal(s.contributionId));
		expect(await notificationsOf(db(), s.author.accountId, 'knowledge.revision_proposed')).toEqual([
			{ subjectId: proposed.id }
		]);
		const authorCtx = () => contextFor(db(), s.author);
		const results = await Promise.allSettled(
			Array.from({ length: 8 }, (_, index) =>
				decideRevision(authorCtx(), { revisionId: proposed.id, decision: index % 2 ? 'decline' : 'accept' })
			)
		);
		const succeeded = results.filter((result) => result.status === 'fulfilled');
		expect(succeeded).toHaveLength(1);
		for (const result of results)
			if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT' });
		const versions = await db()
			.select()
			.from(contributionVersions)
			.where(eq(contributionVersions.contributionId, s.contributionId));
		const decided = (succeeded[0] as PromiseFulfilledResult<{ status: string }>).value.status;
		expect(versions).toHaveLength(decided === 'accepted' ? 2 : 1);
		if (decided === 'accepted')
			expect(versions.find((version) => version.number === 2)).toMatchObject({
				editorId: s.reader.accountId,
				revisionId: proposed.id,
				note: 'Le CMP rappelle rarement.'
			});
		expect(await notificationsOf(db(), s.reader.accountId, 'knowledge.revision_decided')).toHaveLength(1);
		const centre = await listNotifications(contextFor(db(), s.reader));
		expect(centre.notifications[0]).toMatchObject({
			kind: 'knowledge.revision_decided',
			outcome: decided,
			title: CONTRIBUTION_TEXT.title,
			href: `/savoirs/${s.contributionId}/propositions`
		});
		expect(JSON.stringify(centre)).not.toContain('appeler le CMP');
	});

	it('refuses to accept a revision based on an older version, but lets the author decline it', async () => {
		const s = await knowledgeScene(db());
		const proposed = await proposeRevision(contextFor(db(), s.reader), proposal(s.contributionId));
		await db().transaction(async (tx) => {
			const { contribution } = await loadContributionForActor(tx, s.contributionId, s.author, {
				forUpdate: true
			});
			await writeNewVersion(
				tx,
				contribution,
				{ ...CONTRIBUTION_TEXT, body: 'Autre texte.' },
				{
					editorId: s.author.accountId,
					at: new Date()
				}
			);
		});
		const listed = await listRevisions(contextFor(db(), s.author), { contributionId: s.contributionId });
		expect(listed.pending).toEqual([expect.objectContaining({ id: proposed.id, stale: true })]);
		await expect(
			decideRevision(contextFor(db(), s.author), { revisionId: proposed.id, decision: 'accept' })
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.responses.revisionStale' });
		const [row] = await db().select().from(contributions).where(eq(contributions.id, s.contributionId));
		expect(row!.body).toBe('Autre texte.');
		expect(
			await decideRevision(contextFor(db(), s.author), {
				revisionId: proposed.id,
				decision: 'decline',
				answer: 'Déjà précisé autrement.'
			})
		).toMatchObject({ status: 'declined', version: null });
		expect(await getRevision(contextFor(db(), s.reader), { revisionId: proposed.id })).toMatchObject({
			status: 'declined',
			answer: 'Déjà précisé autrement.'
		});
	});

	it('lets only the author decide, the proposer withdraw, and shows each what is theirs', async () => {
		const s = await knowledgeScene(db());
		const proposed = await proposeRevision(contextFor(db(), s.reader), proposal(s.contributionId));
		await expect(
			decideRevision(contextFor(db(), s.reader), { revisionId: proposed.id, decision: 'accept' })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(
			decideRevision(contextFor(db(), s.other), { revisionId: proposed.id, decision: 'accept' })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(getRevision(contextFor(db(), s.other), { revisionId: proposed.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(
			(await listRevisions(contextFor(db(), s.other), { contributionId: s.contributionId })).pending
		).toEqual([]);
		const forAuthor = await listRevisions(contextFor(db(), s.author), { contributionId: s.contributionId });
		expect(forAuthor.pending[0]!.changes.map((change) => change.field)).toEqual(['body']);
		expect(forAuthor.pending[0]!.changes[0]!.parts).toEqual(
			expect.arrayContaining([expect.objectContaining({ kind: 'added' })])
		);
		await expect(
			withdrawRevision(contextFor(db(), s.author), { revisionId: proposed.id })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await withdrawRevision(contextFor(db(), s.reader), { revisionId: proposed.id });
		await expect(
			decideRevision(contextFor(db(), s.author), { revisionId: proposed.id, decision: 'accept' })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('keeps at most three pending proposals per person under parallel requests, and refuses bad Markdown', async () => {
		const s = await knowledgeScene(db());
		const results = await Promise.allSettled(
			Array.from({ length: 8 }, (_, index) =>
				proposeRevision(contextFor(db(), s.reader), proposal(s.contributionId, `Version numéro ${index}.`))
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
		const deep = Array.from({ length: 12 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join(
			'\n'
		);
		await expect(
			proposeRevision(contextFor(db(), s.other), proposal(s.contributionId, deep))
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'body', message: 'validation.responses.nestingTooDeep' }]
		});
		await expect(
			proposeRevision(contextFor(db(), s.other), proposal(s.contributionId, 'x'.repeat(20_001)))
		).rejects.toMatchObject({ code: 'INVALID' });
		await expect(
			proposeRevision(contextFor(db(), s.other), { ...proposal(s.contributionId, CONTRIBUTION_TEXT.body) })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'body', message: 'validation.responses.revisionUnchanged' }]
		});
		await expect(
			proposeRevision(contextFor(db(), s.author), proposal(s.contributionId))
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});
});
