import { and, isNotNull, lte } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { messages } from '../../db/schema';

/** The scheduled job: really deletes messages past their retention (edits go with them). */
export async function purgeExpiredMessages(db: DatabaseOrTransaction, now: Date): Promise<number> {
	const deleted = await db
		.delete(messages)
		.where(and(isNotNull(messages.expiresAt), lte(messages.expiresAt, now)))
		.returning({ seq: messages.seq });
	return deleted.length;
}
