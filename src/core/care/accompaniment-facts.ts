import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accompaniments, conversations, supporterOffers } from '../../db/schema';
import { isParty } from '../matching/policy';
import { DomainError, type Actor } from '../shared';

/**
 * An accompaniment the actor takes part in, with its conversation, the conversation's organisation and the
 * supporter's pause state. Anyone else: NOT_FOUND.
 */
export async function loadAccompanimentFacts(
	db: DatabaseOrTransaction,
	actor: Actor,
	by: { accompanimentId: string } | { conversationId: string }
) {
	const [row] = await db
		.select({
			accompanimentId: accompaniments.id,
			status: accompaniments.status,
			requesterId: accompaniments.requesterId,
			supporterId: accompaniments.supporterId,
			conversationId: conversations.id,
			conversationOrganisationId: conversations.organisationId,
			paused: supporterOffers.paused,
			pausedUntil: supporterOffers.pausedUntil
		})
		.from(accompaniments)
		.leftJoin(conversations, eq(conversations.accompanimentId, accompaniments.id))
		.leftJoin(supporterOffers, eq(supporterOffers.accountId, accompaniments.supporterId))
		.where(
			'accompanimentId' in by
				? eq(accompaniments.id, by.accompanimentId)
				: eq(conversations.id, by.conversationId)
		);
	if (!row || !isParty(actor.accountId, row)) throw new DomainError('NOT_FOUND');
	return row;
}
