import { and, eq, isNull } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts } from '../../db/schema';
import type { Email, Mailer } from './mailer';

/** The timestamps that record when a person was last written to, one per kind of email. */
export type SentAtColumn = 'lastDigestAt' | 'lastModerationAlertAt';

/**
 * Compare-and-set of one "last sent" timestamp: true when this call moved it from `from` to `to`.
 */
async function moveSentAt(
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

/**
 * Sends one email job's email to one person, at most once: the person is claimed first by moving their
 * "last sent" timestamp from what the job read to `now` (so two processes never both send), and a failed
 * send gives the claim back (so the next run retries). 'taken' when another process claimed them first.
 */
export async function sendClaimed(
	db: DatabaseOrTransaction,
	mailer: Mailer,
	claim: { accountId: string; column: SentAtColumn; lastSentAt: Date | null; now: Date },
	email: Email
): Promise<'sent' | 'failed' | 'taken'> {
	const { accountId, column, lastSentAt, now } = claim;
	if (!(await moveSentAt(db, accountId, column, lastSentAt, now))) return 'taken';
	try {
		await mailer.send(email);
		return 'sent';
	} catch {
		await moveSentAt(db, accountId, column, now, lastSentAt);
		return 'failed';
	}
}
