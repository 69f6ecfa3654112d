import { eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { reports } from '../../db/schema';
import { DomainError, type Actor } from '../shared';
import { canModerateReport, type ReportFacts, type StaffScope } from './policy';
import { loadStaffScope } from './staff';

export type ReportRow = typeof reports.$inferSelect & ReportFacts;

/**
 * A report as one member of staff may see it; anyone who does not moderate it gets NOT_FOUND, so report
 * ids cannot be probed.
 */
export async function requireModeratedReport(
	db: DatabaseOrTransaction,
	actor: Actor,
	reportId: string
): Promise<{ report: ReportRow; staff: StaffScope }> {
	const staff = await loadStaffScope(db, actor);
	const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
	if (!report || !canModerateReport(staff, report as ReportRow)) throw new DomainError('NOT_FOUND');
	return { report: report as ReportRow, staff };
}
