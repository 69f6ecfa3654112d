import { and, eq, max } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { reports } from '../../db/schema';
import type { Actor } from '../shared';
import { queueScope } from './moderation-queue';
import { isStaff } from './policy';
import { loadStaffScope } from './staff';

/**
 * When the newest open report in this person's queue arrived (null: the queue is empty), or undefined when
 * they moderate nothing (any more). For the staff's email alert: the same scope as their queue.
 */
export async function newestWaitingReportAt(
	db: DatabaseOrTransaction,
	actor: Actor
): Promise<Date | null | undefined> {
	const staff = await loadStaffScope(db, actor);
	if (!isStaff(staff)) return undefined;
	const [row] = await db
		.select({ newest: max(reports.createdAt) })
		.from(reports)
		.where(and(queueScope(staff), eq(reports.status, 'open')));
	return row?.newest ? new Date(row.newest) : null;
}

/** Whether this person moderates anything (their own organisations' reports, or the instance's). */
export async function moderatesAnything(db: DatabaseOrTransaction, actor: Actor): Promise<boolean> {
	return isStaff(await loadStaffScope(db, actor));
}
