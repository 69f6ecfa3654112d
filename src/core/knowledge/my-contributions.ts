import { desc, eq } from 'drizzle-orm';
import { contributions } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import type { ContributionStatus, KnowledgeAudience } from './vocabulary';

/** The author's own contributions, drafts included, and whether moderation hid one; newest change first. */
export async function myContributions(ctx: Ctx) {
	const actor = requireActor(ctx);
	const rows = await ctx.db
		.select({
			id: contributions.id,
			title: contributions.title,
			status: contributions.status,
			audience: contributions.audience,
			version: contributions.version,
			hiddenAt: contributions.hiddenAt,
			updatedAt: contributions.updatedAt
		})
		.from(contributions)
		.where(eq(contributions.authorId, actor.accountId))
		.orderBy(desc(contributions.updatedAt))
		.limit(500);
	return rows.map(({ hiddenAt, ...row }) => ({
		...row,
		status: row.status as ContributionStatus,
		audience: row.audience as KnowledgeAudience,
		hidden: hiddenAt !== null
	}));
}
