import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { loadRevisionForActor } from './revision-queries';
import { revisionIdField } from './response-schemas';

export const GetRevisionSchema = z.object({ revisionId: revisionIdField });

/** One revision, for whoever may see it (its contribution's author, its proposer, everyone once accepted). */
export async function getRevision(ctx: Ctx, input: z.input<typeof GetRevisionSchema>) {
	const { revisionId } = parseInput(GetRevisionSchema, input);
	const { revision, contribution, viewer } = await loadRevisionForActor(ctx.db, revisionId, ctx.actor);
	const [proposer] = revision.proposerId
		? await ctx.db
				.select({ pseudonym: accounts.pseudonym })
				.from(accounts)
				.where(eq(accounts.id, revision.proposerId))
		: [];
	return {
		id: revision.id,
		contributionId: contribution.id,
		status: revision.status,
		baseVersion: revision.baseVersion,
		currentVersion: contribution.version,
		title: revision.title,
		body: revision.body,
		helpedWith: revision.helpedWith,
		easyReadSummary: revision.easyReadSummary,
		note: revision.note,
		answer: revision.answer,
		proposer: proposer?.pseudonym ?? null,
		mine: viewer !== null && revision.proposerId === viewer.accountId,
		createdAt: revision.createdAt,
		decidedAt: revision.decidedAt
	};
}
