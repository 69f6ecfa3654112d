import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contributionRevisions } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { canEditContribution } from './policy';
import { loadRevisionForActor } from './revision-queries';
import { revisionIdField } from './response-schemas';
import { writeNewVersion } from './versions';
import { LIMITS } from './vocabulary';

export const DecideRevisionSchema = z.object({
	revisionId: revisionIdField,
	decision: z.enum(['accept', 'decline'], 'validation.responses.decision'),
	/** A few words to the proposer when declining (optional). */
	answer: z
		.string('validation.invalid')
		.trim()
		.max(LIMITS.revisionNote, 'validation.responses.answerTooLong')
		.optional()
		.default('')
});

/**
 * The author accepts a proposed revision (it becomes the next version, made by the proposer) or declines
 * it (with an optional answer). Under the contribution's row lock: a revision decided twice at once is
 * decided once, and one written on an older version than the current one cannot be accepted (the author
 * would overwrite the changes made since without seeing them). The proposer is told, without the text.
 */
export async function decideRevision(ctx: Ctx, input: z.input<typeof DecideRevisionSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(DecideRevisionSchema, input);
	const now = ctx.clock.now();
	const events: DomainEvent[] = [];
	const decided = await ctx.db.transaction(async (tx) => {
		const { revision, contribution, viewer, facts } = await loadRevisionForActor(
			tx,
			command.revisionId,
			actor,
			{
				forUpdate: true
			}
		);
		permit(canEditContribution(viewer, facts), 'error.responses.onlyAuthorDecides');
		if (revision.status !== 'pending') throw new DomainError('CONFLICT', 'error.responses.revisionDecided');
		const accept = command.decision === 'accept';
		if (accept && revision.baseVersion !== contribution.version)
			throw new DomainError('CONFLICT', 'error.responses.revisionStale', [], undefined, {
				base: revision.baseVersion,
				current: contribution.version
			});
		const [changed] = await tx
			.update(contributionRevisions)
			.set({
				status: accept ? 'accepted' : 'declined',
				answer: accept ? '' : command.answer,
				decidedAt: now
			})
			.where(and(eq(contributionRevisions.id, revision.id), eq(contributionRevisions.status, 'pending')))
			.returning({ id: contributionRevisions.id });
		if (!changed) throw new DomainError('CONFLICT', 'error.responses.revisionDecided');
		const version = accept
			? await writeNewVersion(
					tx,
					contribution,
					{
						title: revision.title,
						body: revision.body,
						helpedWith: revision.helpedWith,
						easyReadSummary: revision.easyReadSummary,
						form: contribution.form
					},
					{ editorId: revision.proposerId, revisionId: revision.id, note: revision.note, at: now }
				)
			: null;
		if (revision.proposerId) {
			const told = await notify(tx, {
				accountId: revision.proposerId,
				kind: 'knowledge.revision_decided',
				subjectId: revision.id,
				organisationId: contribution.organisationId,
				now
			});
			if (told) events.push(told);
		}
		return { status: accept ? ('accepted' as const) : ('declined' as const), version };
	});
	for (const event of events) ctx.events.emit(event);
	return decided;
}
