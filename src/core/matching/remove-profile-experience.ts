import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { profileExperiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';

export const RemoveProfileExperienceSchema = z.object({ experienceId: z.string().trim().min(1).max(200) });

/** Removes a lived experience from the actor's profile. */
export async function removeProfileExperience(
	ctx: Ctx,
	input: z.input<typeof RemoveProfileExperienceSchema>
) {
	const actor = requireActor(ctx);
	const { experienceId } = parseInput(RemoveProfileExperienceSchema, input);
	const removed = await ctx.db
		.delete(profileExperiences)
		.where(
			and(
				eq(profileExperiences.accountId, actor.accountId),
				eq(profileExperiences.experienceId, experienceId)
			)
		)
		.returning({ experienceId: profileExperiences.experienceId });
	if (removed.length === 0) throw new DomainError('NOT_FOUND');
	ctx.events.emit({ type: 'profile.changed', accountId: actor.accountId });
}
