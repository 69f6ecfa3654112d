import { and, desc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { moderationAppeals, moderationDecisions, organisations, reports } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import type { AppealStatus, AppellantRole } from './appeal-policy';
import { reviewScope } from './appeal-queries';
import type { DecisionAction } from './policy';
import { requireStaffScope } from './staff';

export const AppealQueueSchema = z.object({
	status: z.enum(['open', 'decided'], 'validation.invalid').optional().default('open'),
	limit: z.coerce.number('validation.invalid').int().min(1).max(100).optional().default(50)
});

export interface AppealQueueItem {
	id: string;
	status: AppealStatus;
	appellantRole: AppellantRole;
	action: DecisionAction;
	organisation: { id: string; name: string } | null;
	decidedAt: Date;
	createdAt: Date;
}

/**
 * The appeals this member of staff reviews ("Contestations"): the audience that could decide the report,
 * never the person who decided when anyone else can. Oldest open first.
 */
export async function appealQueue(ctx: Ctx, input: z.input<typeof AppealQueueSchema> = {}) {
	const actor = requireActor(ctx);
	const query = parseInput(AppealQueueSchema, input);
	const staff = await requireStaffScope(ctx.db, actor);
	const rows = await ctx.db
		.select({
			id: moderationAppeals.id,
			status: moderationAppeals.status,
			appellantRole: moderationAppeals.appellantRole,
			action: moderationDecisions.action,
			organisationId: moderationDecisions.organisationId,
			organisationName: organisations.name,
			decidedAt: moderationDecisions.createdAt,
			createdAt: moderationAppeals.createdAt
		})
		.from(moderationAppeals)
		.innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationAppeals.decisionId))
		.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
		.leftJoin(organisations, eq(organisations.id, moderationDecisions.organisationId))
		.where(
			and(
				reviewScope(staff, actor.accountId),
				query.status === 'open' ? eq(moderationAppeals.status, 'open') : ne(moderationAppeals.status, 'open')
			)
		)
		.orderBy(query.status === 'open' ? moderationAppeals.createdAt : desc(moderationAppeals.decidedAt))
		.limit(query.limit);
	const items: AppealQueueItem[] = rows.map((row) => ({
		id: row.id,
		status: row.status as AppealStatus,
		appellantRole: row.appellantRole as AppellantRole,
		action: row.action as DecisionAction,
		organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName ?? '' } : null,
		decidedAt: row.decidedAt,
		createdAt: row.createdAt
	}));
	return { items, status: query.status };
}
