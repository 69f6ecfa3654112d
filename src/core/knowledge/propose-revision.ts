import { and, count, eq } from 'drizzle-orm';
import { contributionRevisions } from '../../db/schema';
import { notify } from '../notifications/notify';
import { DomainError, lockKey, parseInput, requireActor, type Ctx, type DomainEvent } from '../shared';
import { loadForResponse } from './revision-queries';
import { MAX_PENDING_REVISIONS } from './response-policy';
import { contributionIdField, RevisionTextSchema } from './response-schemas';

export const ProposeRevisionSchema = RevisionTextSchema.extend({ contributionId: contributionIdField });

/**
 * A reader who may respond proposes a revision: the whole new text, on top of the current version, with
 * why. Same Markdown rules and limits as a contribution; a text identical to the current one is refused;
 * at most three of one person's proposals wait on one contribution (counted under an advisory lock, so
 * parallel proposals cannot all see two). The author is told, without the text.
 */
export async function proposeRevision(ctx: Ctx, input: unknown) {
	const actor = requireActor(ctx);
	const command = parseInput(ProposeRevisionSchema, input);
	const { contribution } = await loadForResponse(ctx.db, command.contributionId, actor);
	const { contributionId, note, ...text } = command;
	if (
		text.title === contribution.title &&
		text.body === contribution.body &&
		text.helpedWith === contribution.helpedWith &&
		text.easyReadSummary === contribution.easyReadSummary
	)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'body', message: 'validation.responses.revisionUnchanged' }
		]);
	const now = ctx.clock.now();
	const events: DomainEvent[] = [];
	const id = await ctx.db.transaction(async (tx) => {
		await lockKey(tx, `revision:${actor.accountId}:${contributionId}`);
		const [pending] = await tx
			.select({ count: count() })
			.from(contributionRevisions)
			.where(
				and(
					eq(contributionRevisions.contributionId, contributionId),
					eq(contributionRevisions.proposerId, actor.accountId),
					eq(contributionRevisions.status, 'pending')
				)
			);
		if ((pending?.count ?? 0) >= MAX_PENDING_REVISIONS)
			throw new DomainError('CONFLICT', 'error.responses.tooManyPendingRevisions', [], undefined, {
				count: MAX_PENDING_REVISIONS
			});
		const [row] = await tx
			.insert(contributionRevisions)
			.values({
				contributionId,
				proposerId: actor.accountId,
				baseVersion: contribution.version,
				...text,
				note,
				createdAt: now
			})
			.returning({ id: contributionRevisions.id });
		if (contribution.authorId) {
			const told = await notify(tx, {
				accountId: contribution.authorId,
				kind: 'knowledge.revision_proposed',
				subjectId: row!.id,
				organisationId: contribution.organisationId,
				now
			});
			if (told) events.push(told);
		}
		return row!.id;
	});
	for (const event of events) ctx.events.emit(event);
	return { id, baseVersion: contribution.version };
}
