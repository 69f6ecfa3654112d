import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contributionRevisions } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { loadRevisionForActor } from './revision-queries';
import { revisionIdField } from './response-schemas';

export const WithdrawRevisionSchema = z.object({ revisionId: revisionIdField });

/** The proposer withdraws a proposal the author has not decided yet. */
export async function withdrawRevision(ctx: Ctx, input: z.input<typeof WithdrawRevisionSchema>) {
	const actor = requireActor(ctx);
	const { revisionId } = parseInput(WithdrawRevisionSchema, input);
	const { revision } = await loadRevisionForActor(ctx.db, revisionId, actor);
	permit(revision.proposerId === actor.accountId, 'error.responses.onlyProposerWithdraws');
	const [withdrawn] = await ctx.db
		.update(contributionRevisions)
		.set({ status: 'withdrawn', decidedAt: ctx.clock.now() })
		.where(and(eq(contributionRevisions.id, revisionId), eq(contributionRevisions.status, 'pending')))
		.returning({ id: contributionRevisions.id });
	if (!withdrawn) throw new DomainError('CONFLICT', 'error.responses.revisionDecided');
	return { withdrawn: true as const };
}
