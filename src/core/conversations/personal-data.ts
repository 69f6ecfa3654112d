import { eq } from 'drizzle-orm';
import { conversationParticipants, messages } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * The person's messages and the conversations they take part in (with their presence choice in each). On
 * erasure their messages stay for the other participants, detached from them ("membre supprimé"); their
 * participation goes, and with it everything about their presence.
 */
export const conversationsPersonalData: PersonalDataContributor = {
	module: 'conversations',
	async exportFor(tx, accountId) {
		const [participations, written] = await Promise.all([
			tx
				.select({
					conversationId: conversationParticipants.conversationId,
					lastReadSeq: conversationParticipants.lastReadSeq,
					muted: conversationParticipants.muted,
					// Presence: the choice, and until when they last counted as present (nothing else is kept).
					showPresence: conversationParticipants.showPresence,
					presentUntil: conversationParticipants.presentUntil,
					joinedAt: conversationParticipants.joinedAt
				})
				.from(conversationParticipants)
				.where(eq(conversationParticipants.accountId, accountId)),
			tx
				.select({
					id: messages.id,
					conversationId: messages.conversationId,
					body: messages.body,
					createdAt: messages.createdAt,
					editedAt: messages.editedAt,
					deletedAt: messages.deletedAt,
					expiresAt: messages.expiresAt
				})
				.from(messages)
				.where(eq(messages.authorId, accountId))
				.orderBy(messages.seq)
		]);
		return { conversations: participations, messages: written };
	},
	async eraseFor(tx, accountId) {
		await tx.update(messages).set({ authorId: null }).where(eq(messages.authorId, accountId));
		await tx.delete(conversationParticipants).where(eq(conversationParticipants.accountId, accountId));
	}
};
