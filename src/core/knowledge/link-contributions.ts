import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contributionLinks } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { contributionIdField } from './contribution-schemas';
import { canEditContribution } from './policy';
import { loadContributionForActor } from './queries';
import { LINK_KINDS } from './vocabulary';

export const LinkContributionsSchema = z.object({
	fromId: contributionIdField,
	toId: contributionIdField,
	kind: z.enum(LINK_KINDS, 'validation.contribution.linkKind')
});
export const UnlinkContributionsSchema = LinkContributionsSchema.omit({ kind: true });

/**
 * The author of a contribution links it to another one they can read ("see also", "contradicts", "builds
 * on"); linking again changes the kind. Readers see a link only when they may read both ends.
 */
export async function linkContributions(ctx: Ctx, input: z.input<typeof LinkContributionsSchema>) {
	const actor = requireActor(ctx);
	const { fromId, toId, kind } = parseInput(LinkContributionsSchema, input);
	if (fromId === toId)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'toId', message: 'validation.contribution.linkItself' }
		]);
	const now = ctx.clock.now();
	await ctx.db.transaction(async (tx) => {
		const from = await loadContributionForActor(tx, fromId, actor);
		permit(canEditContribution(from.viewer, from.facts), 'error.contribution.cannotEdit');
		// A contribution the author may not read is, to them, one that does not exist: said on the field.
		await loadContributionForActor(tx, toId, actor, { viewer: from.viewer }).catch(() => {
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'toId', message: 'validation.contribution.linkTarget' }
			]);
		});
		await tx
			.insert(contributionLinks)
			.values({ fromId, toId, kind, createdBy: actor.accountId, createdAt: now })
			.onConflictDoUpdate({ target: [contributionLinks.fromId, contributionLinks.toId], set: { kind } });
	});
	return { fromId, toId, kind };
}

/** The author of the `from` contribution removes one of its links. */
export async function unlinkContributions(ctx: Ctx, input: z.input<typeof UnlinkContributionsSchema>) {
	const actor = requireActor(ctx);
	const { fromId, toId } = parseInput(UnlinkContributionsSchema, input);
	const from = await loadContributionForActor(ctx.db, fromId, actor);
	permit(canEditContribution(from.viewer, from.facts), 'error.contribution.cannotEdit');
	const removed = await ctx.db
		.delete(contributionLinks)
		.where(and(eq(contributionLinks.fromId, fromId), eq(contributionLinks.toId, toId)))
		.returning({ toId: contributionLinks.toId });
	if (removed.length === 0) throw new DomainError('NOT_FOUND');
}
