import { and, eq, inArray } from 'drizzle-orm';
import { accounts, contributionConfirmations, profileExperiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { lockContribution, recountWorked } from './confirmation-counts';
import { experienceVisibilitiesFor } from './policy';
import { loadForResponse } from './revision-queries';
import { confirmationCountsFrom } from './response-policy';
import { ConfirmContributionSchema, type ConfirmContributionInput } from './response-schemas';

export { ConfirmContributionSchema };

/**
 * A reader who lived the same experience says it worked for them, held differently (with a nuance) or did
 * not work, tied to their own experiences only as far as their visibility choices show them to the
 * contribution's audience (anything else is refused, never revealed). One per person and contribution: a
 * second answer replaces the first (one upsert on the unique index, so parallel answers make one row).
 * It counts seven days after the account was created.
 */
export async function confirmContribution(ctx: Ctx, input: ConfirmContributionInput) {
	const actor = requireActor(ctx);
	const command = parseInput(ConfirmContributionSchema, input);
	const { contribution } = await loadForResponse(ctx.db, command.contributionId, actor);
	if (command.experienceIds.length) {
		const shareable = await ctx.db
			.select({ experienceId: profileExperiences.experienceId })
			.from(profileExperiences)
			.where(
				and(
					eq(profileExperiences.accountId, actor.accountId),
					inArray(profileExperiences.experienceId, command.experienceIds),
					inArray(profileExperiences.visibility, experienceVisibilitiesFor(contribution.audience))
				)
			);
		if (shareable.length !== command.experienceIds.length)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'experienceIds', message: 'validation.responses.experienceNotShareable' }
			]);
	}
	const [account] = await ctx.db
		.select({ createdAt: accounts.createdAt })
		.from(accounts)
		.where(eq(accounts.id, actor.accountId));
	if (!account) throw new DomainError('UNAUTHENTICATED');
	const now = ctx.clock.now();
	const values = {
		kind: command.kind,
		nuance: command.nuance,
		experienceIds: command.experienceIds,
		showName: command.showName,
		updatedAt: now
	};
	// The contribution's row lock makes parallel answers take turns, so the count set after each is right.
	const row = await ctx.db.transaction(async (tx) => {
		await lockContribution(tx, contribution.id);
		const [written] = await tx
			.insert(contributionConfirmations)
			.values({
				contributionId: contribution.id,
				accountId: actor.accountId,
				...values,
				countsFrom: confirmationCountsFrom(account.createdAt),
				createdAt: now
			})
			.onConflictDoUpdate({
				target: [contributionConfirmations.contributionId, contributionConfirmations.accountId],
				set: values
			})
			.returning({
				id: contributionConfirmations.id,
				countsFrom: contributionConfirmations.countsFrom
			});
		await recountWorked(tx, contribution.id);
		return written;
	});
	return { id: row!.id, countsFrom: row!.countsFrom, countsNow: row!.countsFrom <= now };
}
