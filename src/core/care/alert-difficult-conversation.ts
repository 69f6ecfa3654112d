import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { conversationAlerts } from '../../db/schema';
import { DomainError, lockKey, parseInput, permit, requireActor, type Ctx } from '../shared';
import { loadAccompanimentFacts } from './accompaniment-facts';
import { canAlertAccompaniment } from './policy';
import { organisationOfPair } from './queries';

export const AlertDifficultConversationSchema = z.object({
	accompanimentId: z.uuid('validation.invalid'),
	note: z.string().trim().max(1000, 'validation.care.note').optional().default('')
});

/**
 * The supporter marks an accompaniment's conversation "difficult": their coordinator is alerted to offer a
 * debrief. Only the supporter's optional note travels; no message content is ever copied.
 */
export async function alertDifficultConversation(
	ctx: Ctx,
	input: z.input<typeof AlertDifficultConversationSchema>
) {
	const actor = requireActor(ctx);
	const { accompanimentId, note } = parseInput(AlertDifficultConversationSchema, input);
	const facts = await loadAccompanimentFacts(ctx.db, actor, { accompanimentId });
	permit(facts.supporterId === actor.accountId, 'error.care.onlySupporter');
	if (!canAlertAccompaniment(actor.accountId, facts))
		throw new DomainError('CONFLICT', 'error.accompanimentEnded');
	const organisationId = await organisationOfPair(ctx.db, facts);
	if (!organisationId) throw new DomainError('CONFLICT', 'error.care.noOrganisation');
	const alert = await ctx.db.transaction(async (tx) => {
		// Check, then insert: two clicks at once take turns on this key, so the second sees the first alert.
		await lockKey(tx, `conversation-alert:${accompanimentId}:${actor.accountId}`);
		const [open] = await tx
			.select({ id: conversationAlerts.id })
			.from(conversationAlerts)
			.where(
				and(
					eq(conversationAlerts.accompanimentId, accompanimentId),
					eq(conversationAlerts.supporterId, actor.accountId),
					isNull(conversationAlerts.acknowledgedAt)
				)
			);
		// One alert waiting at a time: a second click (or a reload without JavaScript) adds nothing.
		if (open) throw new DomainError('CONFLICT', 'error.care.alreadyAlerted');
		const [created] = await tx
			.insert(conversationAlerts)
			.values({
				accompanimentId,
				conversationId: facts.conversationId,
				organisationId,
				supporterId: actor.accountId,
				note,
				createdAt: ctx.clock.now()
			})
			.returning({ id: conversationAlerts.id, createdAt: conversationAlerts.createdAt });
		return created!;
	});
	ctx.events.emit({ type: 'conversation.alerted', alertId: alert.id, organisationId });
	return { id: alert.id, organisationId, createdAt: alert.createdAt };
}
