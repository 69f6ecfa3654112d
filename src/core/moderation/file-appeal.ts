import type { z } from 'zod';
import { moderationAppeals } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { appealRefusal, appellantRoleFor, type AppealRefusal } from './appeal-policy';
import { loadAppealableDecision, reviewTierFor } from './appeal-queries';
import { FileAppealSchema } from './schemas';

const REFUSAL_MESSAGES: Record<Exclude<AppealRefusal, 'not_party'>, string> = {
	too_late: 'error.appealTooLate',
	already_appealed: 'error.appealAlreadyFiled',
	reversed: 'error.appealReversed'
};

/**
 * The person a decision concerns, or the reporter whose report it closed, contests it once, within 30
 * days, with their own words. Anyone else gets NOT_FOUND: a decision about someone else does not exist
 * for them. The appeal goes to the reviewers `appealReviewTier` names, never to the decider when anyone
 * else can review.
 */
export async function fileAppeal(ctx: Ctx, input: z.input<typeof FileAppealSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(FileAppealSchema, input);
	return recordAppeal(ctx, actor.accountId, command);
}

/** Shared by `fileAppeal` (signed in) and `appealSuspension` (password checked again, no session). */
export async function recordAppeal(
	ctx: Ctx,
	appellantId: string,
	command: { decisionId: string; reason: string }
) {
	const decision = await loadAppealableDecision(ctx.db, command.decisionId, appellantId);
	if (!decision) throw new DomainError('NOT_FOUND');
	const now = ctx.clock.now();
	const refusal = appealRefusal(decision, appellantId, now);
	if (refusal === 'not_party') throw new DomainError('NOT_FOUND');
	if (refusal) throw new DomainError('CONFLICT', REFUSAL_MESSAGES[refusal]);
	const appellantRole = appellantRoleFor(decision, appellantId)!;
	const [appeal] = await ctx.db
		.insert(moderationAppeals)
		.values({
			decisionId: decision.id,
			appellantId,
			appellantRole,
			reason: command.reason,
			createdAt: now
		})
		// Two clicks at once: the unique (decision, appellant) keeps one.
		.onConflictDoNothing()
		.returning({ id: moderationAppeals.id });
	if (!appeal) throw new DomainError('CONFLICT', 'error.appealAlreadyFiled');
	ctx.events.emit({ type: 'appeal.filed', appealId: appeal.id, organisationId: decision.organisationId });
	return {
		id: appeal.id,
		decisionId: decision.id,
		appellantRole,
		status: 'open' as const,
		reviewTier: reviewTierFor(decision, appellantId)
	};
}
