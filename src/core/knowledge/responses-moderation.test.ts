import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import {
	CONTRIBUTION_TEXT,
	insertContribution,
	knowledgeScene
} from '../../../tests/support/knowledge-responses';
import { reports } from '../../db/schema';
import { createReport, decideAppeal, decideReport, fileAppeal, reportDetail } from '../moderation';
import { confirmContribution, listConfirmations, listRevisions, proposeRevision } from '.';

const db = useTestDatabase();
const STATEMENT = 'Ce contenu donne des détails qui mettent en danger, contraires à la charte du GEM.';

describe('moderation of the knowledge commons', () => {
	it('hides a reported nuance, which stops counting, and shows it again when the appeal reverses it', async () => {
		const s = await knowledgeScene(db());
		const confirmation = await confirmContribution(contextFor(db(), s.reader, { clock: s.clock }), {
			contributionId: s.contributionId,
			kind: 'different',
			nuance: 'Pour moi il fallait tout arrêter.'
		});
		const report = await createReport(contextFor(db(), s.author), {
			subjectKind: 'confirmation',
			subjectId: confirmation.id,
			reason: 'self_harm'
		});
		const [filed] = await db().select().from(reports).where(eq(reports.id, report.id));
		expect(filed).toMatchObject({
			organisationId: s.organisation.id,
			subjectAccountId: s.reader.accountId,
			contentCopy: 'Pour moi il fallait tout arrêter.'
		});
		const detail = await reportDetail(contextFor(db(), s.moderator), { reportId: report.id });
		expect(detail.content).toMatchObject({
			kind: 'confirmation',
			nuance: 'Pour moi il fallait tout arrêter.'
		});
		expect(detail.allowedActions).toContain('hide_content');
		const decision = await decideReport(contextFor(db(), s.moderator), {
			reportId: report.id,
			action: 'hide_content',
			ground: 'self_harm',
			statement: STATEMENT
		});
		const read = () =>
			listConfirmations(contextFor(db(), s.other, { clock: s.clock }), { contributionId: s.contributionId });
		expect((await read()).tallies.different).toBe(0);
		expect((await read()).nuances).toEqual([]);

		const appeal = await fileAppeal(contextFor(db(), s.reader), {
			decisionId: decision.decisionId,
			reason: 'Je racontais ce que j’ai vécu, sans inciter personne.'
		});
		await decideAppeal(contextFor(db(), s.coordinator), {
			appealId: appeal.id,
			outcome: 'reversed',
			statement: 'Après relecture, le témoignage reste dans le cadre de la charte.'
		});
		expect((await read()).tallies.different).toBe(1);
	});

	it('hides a reported revision from the lists, and sends a report without organisation to the instance', async () => {
		const s = await knowledgeScene(db());
		const proposed = await proposeRevision(contextFor(db(), s.reader), {
			contributionId: s.contributionId,
			title: CONTRIBUTION_TEXT.title,
			body: 'Texte insultant.'
		});
		const report = await createReport(contextFor(db(), s.author), {
			subjectKind: 'revision',
			subjectId: proposed.id,
			reason: 'harassment'
		});
		await decideReport(contextFor(db(), s.moderator), {
			reportId: report.id,
			action: 'hide_content',
			ground: 'harassment',
			statement: STATEMENT
		});
		expect(
			(await listRevisions(contextFor(db(), s.author), { contributionId: s.contributionId })).pending
		).toEqual([]);

		// A contribution written outside any organisation goes to the instance admins, never a shared organisation.
		const loose = await insertContribution(db(), { authorId: s.author.accountId, audience: 'members' });
		const looseReport = await createReport(contextFor(db(), s.other), {
			subjectKind: 'contribution',
			subjectId: loose,
			reason: 'other'
		});
		const [row] = await db().select().from(reports).where(eq(reports.id, looseReport.id));
		expect(row).toMatchObject({ organisationId: null, subjectAccountId: s.author.accountId });
		expect(row!.contentCopy).toContain(CONTRIBUTION_TEXT.title);
	});

	it('refuses reports of what the reporter cannot see, and of their own words', async () => {
		const s = await knowledgeScene(db());
		const proposed = await proposeRevision(contextFor(db(), s.reader), {
			contributionId: s.contributionId,
			title: CONTRIBUTION_TEXT.title,
			body: 'Un autre texte.'
		});
		for (const [actor, subjectKind, subjectId] of [
			[s.outsider, 'contribution', s.contributionId],
			[s.professional, 'contribution', s.contributionId],
			[s.other, 'revision', proposed.id]
		] as const)
			await expect(
				createReport(contextFor(db(), actor), { subjectKind, subjectId, reason: 'other' })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			createReport(contextFor(db(), s.author), {
				subjectKind: 'contribution',
				subjectId: s.contributionId,
				reason: 'other'
			})
		).rejects.toMatchObject({ code: 'INVALID' });
	});
});
