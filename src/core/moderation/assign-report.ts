import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { reports } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { requireModeratedReport } from './queries';
import { AssignSchema } from './schemas';

/** A moderator takes a report (or lets it go), so two people do not work on it unknowingly. */
export async function assignReport(ctx: Ctx, input: z.input<typeof AssignSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(AssignSchema, input);
	const { report } = await requireModeratedReport(ctx.db, actor, command.reportId);
	const assigneeId = command.assignee === 'me' ? actor.accountId : null;
	await ctx.db.update(reports).set({ assigneeId }).where(eq(reports.id, report.id));
	ctx.events.emit({ type: 'report.changed', reportId: report.id, organisationId: report.organisationId });
	return { assigneeId };
}
