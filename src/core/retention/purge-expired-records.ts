import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	helpRequests,
	notifications,
	recoveryTokens,
	reports,
	sessions,
	staffAccessLog
} from '../../db/schema';
import { DECIDED_REPORT_MONTHS, READ_NOTIFICATION_DAYS, STAFF_ACCESS_LOG_MONTHS } from './policy';

export interface PurgedRecords {
	helpRequestsClosed: number;
	reportsDeleted: number;
	accessLinesDeleted: number;
	recoveryTokensDeleted: number;
	sessionsDeleted: number;
	notificationsDeleted: number;
}

function monthsBefore(now: Date, months: number): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

/**
 * Applies the retention the privacy page states (retention/policy.ts), run every minute with the other
 * purges: help requests past their closing date close and lose what their author wrote (the words of a
 * hidden one go too, its status stays for the moderation record); decided reports go a year after their
 * decision (their notes with them; decisions stay, without the link); staff access lines a year after;
 * recovery links once used or expired; sessions once expired; notifications 90 days after they were read.
 */
export async function purgeExpiredRecords(db: DatabaseOrTransaction, now: Date): Promise<PurgedRecords> {
	const closed = await db
		.update(helpRequests)
		.set({
			status: sql`case when ${helpRequests.status} = 'open' then 'closed' else ${helpRequests.status} end`,
			hopes: '',
			area: null
		})
		.where(
			and(
				lt(helpRequests.closesAt, now),
				or(
					eq(helpRequests.status, 'open'),
					sql`${helpRequests.hopes} <> '' or ${helpRequests.area} is not null`
				)
			)
		)
		.returning({ id: helpRequests.id });
	const deletedReports = await db
		.delete(reports)
		.where(
			and(eq(reports.status, 'decided'), lt(reports.decidedAt, monthsBefore(now, DECIDED_REPORT_MONTHS)))
		)
		.returning({ id: reports.id });
	const deletedAccess = await db
		.delete(staffAccessLog)
		.where(lt(staffAccessLog.createdAt, monthsBefore(now, STAFF_ACCESS_LOG_MONTHS)))
		.returning({ id: staffAccessLog.id });
	const deletedTokens = await db
		.delete(recoveryTokens)
		.where(or(isNotNull(recoveryTokens.usedAt), lt(recoveryTokens.expiresAt, now)))
		.returning({ accountId: recoveryTokens.accountId });
	const deletedSessions = await db
		.delete(sessions)
		.where(lt(sessions.expiresAt, now))
		.returning({ accountId: sessions.accountId });
	const deletedNotifications = await db
		.delete(notifications)
		.where(lt(notifications.readAt, new Date(now.getTime() - READ_NOTIFICATION_DAYS * 86_400_000)))
		.returning({ id: notifications.id });
	return {
		notificationsDeleted: deletedNotifications.length,
		helpRequestsClosed: closed.length,
		reportsDeleted: deletedReports.length,
		accessLinesDeleted: deletedAccess.length,
		recoveryTokensDeleted: deletedTokens.length,
		sessionsDeleted: deletedSessions.length
	};
}
