import { and, eq, isNull } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { messages } from '../../db/schema';
import { requireParticipation } from '../conversations';
import { DomainError } from '../shared';

/**
 * A message the person may read, as a source for a contribution: they take part in its conversation (in a
 * group, it came after they joined), it is neither deleted nor hidden by moderation. NOT_FOUND otherwise.
 */
export async function readableMessage(db: DatabaseOrTransaction, messageId: string, accountId: string) {
	const [message] = await db
		.select({
			id: messages.id,
			seq: messages.seq,
			conversationId: messages.conversationId,
			authorId: messages.authorId,
			body: messages.body
		})
		.from(messages)
		.where(and(eq(messages.id, messageId), isNull(messages.deletedAt), isNull(messages.hiddenAt)));
	if (!message || message.body === null) throw new DomainError('NOT_FOUND');
	const conversation = await requireParticipation(db, message.conversationId, accountId);
	if (message.seq <= conversation.joinedAfterSeq) throw new DomainError('NOT_FOUND');
	return { ...message, body: message.body, organisationId: conversation.organisationId };
}
