import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { moderationAppeals } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx, type DomainEvent } from '../shared';
import { notify } from '../notifications/notify';
import { requireReviewedAppeal } from './appeal-queries';
import { reverseDecision } from './reverse-decision';
import { DecideAppealSchema } from './schemas';

/**
 * The reviewer upholds or reverses the contested decision, always with a statement of reasons that the
 * appellant reads. A reversal applies in the same transaction (see reverse-decision.ts); open pages
 * hear of it through the events (queues, the conversation whose message is visible again).
 */
export async function decideAppeal(ctx: Ctx, input: z.input<typeof DecideAppealSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(DecideAppealSchema, input);
	const { appeal } = await requireReviewedAppeal(ctx.db, actor, command.appealId);
	if (appeal.status !== 'open') throw new DomainError('CONFLICT', 'error.appealDecided');
	const now = ctx.clock.now();
	const events: DomainEvent[] = [];
	const decisionId = await ctx.db.transaction(async (tx) => {
		// Two reviewers at once: the second finds the appeal decided.
		const [decided] = await tx
			.update(moderationAppeals)
			.set({
				status: command.outcome,
				reviewerId: actor.accountId,
				statement: command.statement,
				decidedAt: now
			})
			.where(and(eq(moderationAppeals.id, appeal.appealId), eq(moderationAppeals.status, 'open')))
			.returning({ decisionId: moderationAppeals.decisionId });
		if (!decided) throw new DomainError('CONFLICT', 'error.appealDecided');
		if (command.outcome === 'reversed')
			await reverseDecision(tx, decided.decisionId, appeal.appellantRole, now, events);
		// The appellant is told in the same commit; the outcome and its reasons are on their moderation page.
		const told = await notify(tx, {
			accountId: appeal.appellantId,
			kind: 'appeal.decided',
			subjectId: appeal.appealId,
			organisationId: appeal.organisationId,
			now
		});
		if (told) events.push(told);
		return decided.decisionId;
	});
	ctx.events.emit({
		type: 'appeal.decided',
		appealId: appeal.appealId,
		organisationId: appeal.organisationId,
		appellantId: appeal.appellantId
	});
	for (const event of events) ctx.events.emit(event);
	return { appealId: appeal.appealId, decisionId, outcome: command.outcome };
}
