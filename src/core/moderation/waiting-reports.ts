import { and, eq, max } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { moderationAppeals, moderationDecisions, reports } from '../../db/schema';
import { reviewScope } from './appeal-queries';
import type { Actor } from '../shared';
import { queueScope } from './moderation-queue';
import { isStaff } from './policy';
import { loadStaffScope } from './staff';

/**
 * When the newest open report in this person's queue, or open appeal they review, arrived (null: nothing
 * waits), or undefined when they moderate nothing (any more). For the staff's email alert: the same scope
 * as their queue.
 */
export async function newestWaitingReportAt(
	db: DatabaseOrTransaction,
	actor: Actor
): Promise<Date | null | undefined> {
	const staff = await loadStaffScope(db, actor);
	if (!isStaff(staff)) return undefined;
	const [[report], [appeal]] = await Promise.all([
		db
			.select({ newest: max(reports.createdAt) })
			.from(reports)
			.where(and(queueScope(staff), eq(reports.status, 'open'))),
		db
			.select({ newest: max(moderationAppeals.createdAt) })
			.from(moderationAppeals)
			.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
			.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
			.where(and(reviewScope(staff, actor.accountId), eq(moderationAppeals.status, 'open')))
	]);
	const times = [report?.newest, appeal?.newest].filter(Boolean).map((at) => new Date(at!).getTime());
	return times.length ? new Date(Math.max(...times)) : null;
}

/** Whether this person moderates anything (their own organisations' reports, or the instance's). */
export async function moderatesAnything(db: DatabaseOrTransaction, actor: Actor): Promise<boolean> {
	return isStaff(await loadStaffScope(db, actor));
}
