import { and, eq, isNull } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts } from '../../db/schema';

/** The timestamps that record when a person was last written to, one per kind of email. */
export type SentAtColumn = 'lastDigestAt' | 'lastModerationAlertAt';

/**
 * Compare-and-set of one "last sent" timestamp: true when this call moved it from `from` to `to`. An email
 * job claims a person this way before sending (so two processes never send twice) and gives the claim
 * back the same way when sending failed (so the next run retries).
 */
export async function moveSentAt(
	db: DatabaseOrTransaction,
	accountId: string,
	column: SentAtColumn,
	from: Date | null,
	to: Date | null
): Promise<boolean> {
	const moved = await db
		.update(accounts)
		.set({ [column]: to })
		.where(and(eq(accounts.id, accountId), from ? eq(accounts[column], from) : isNull(accounts[column])))
		.returning({ id: accounts.id });
	return moved.length === 1;
}
