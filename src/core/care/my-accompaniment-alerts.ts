import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { conversationAlerts, organisations } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadAccompanimentFacts } from './accompaniment-facts';

/**
 * The alerts the supporter raised on this accompaniment: to which organisation, when, and when their
 * coordinator acknowledged it (offered a debrief). The person accompanied never sees them: empty for them.
 */
export async function myAccompanimentAlerts(ctx: Ctx, input: { accompanimentId: string }) {
	const actor = requireActor(ctx);
	const { accompanimentId } = parseInput(z.object({ accompanimentId: z.uuid('validation.invalid') }), input);
	const facts = await loadAccompanimentFacts(ctx.db, actor, { accompanimentId });
	if (facts.supporterId !== actor.accountId) return [];
	return ctx.db
		.select({
			id: conversationAlerts.id,
			organisationName: organisations.name,
			note: conversationAlerts.note,
			createdAt: conversationAlerts.createdAt,
			acknowledgedAt: conversationAlerts.acknowledgedAt
		})
		.from(conversationAlerts)
		.innerJoin(organisations, eq(organisations.id, conversationAlerts.organisationId))
		.where(
			and(
				eq(conversationAlerts.accompanimentId, accompanimentId),
				eq(conversationAlerts.supporterId, actor.accountId)
			)
		)
		.orderBy(desc(conversationAlerts.createdAt));
}
