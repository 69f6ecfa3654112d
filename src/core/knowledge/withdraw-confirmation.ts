import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contributionConfirmations } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { lockContribution, recountWorked } from './confirmation-counts';
import { loadContributionForActor } from './queries';
import { contributionIdField } from './response-schemas';

export const WithdrawConfirmationSchema = z.object({ contributionId: contributionIdField });

/** Takes back one's confirmation (or nuance) of a contribution one can still read. */
export async function withdrawConfirmation(ctx: Ctx, input: z.input<typeof WithdrawConfirmationSchema>) {
	const actor = requireActor(ctx);
	const { contributionId } = parseInput(WithdrawConfirmationSchema, input);
	await loadContributionForActor(ctx.db, contributionId, actor);
	const deleted = await ctx.db.transaction(async (tx) => {
		await lockContribution(tx, contributionId);
		const rows = await tx
			.delete(contributionConfirmations)
			.where(
				and(
					eq(contributionConfirmations.contributionId, contributionId),
					eq(contributionConfirmations.accountId, actor.accountId)
				)
			)
			.returning({ id: contributionConfirmations.id });
		await recountWorked(tx, contributionId);
		return rows;
	});
	if (!deleted.length) throw new DomainError('NOT_FOUND');
	return { withdrawn: true as const };
}
