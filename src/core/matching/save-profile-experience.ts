import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { experiences, profileExperiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { VISIBILITIES } from './visibility';

export const PERIODS = ['current', 'past'] as const;

export const SaveProfileExperienceSchema = z.object({
	experienceId: z
		.string('validation.experience')
		.trim()
		.min(1, 'validation.experience')
		.max(200, 'validation.experience'),
	detail: z.string().trim().max(1000, 'validation.tooLong').optional().default(''),
	period: z.enum(PERIODS, 'validation.invalid').optional().default('current'),
	// Nothing is shared unless the person chooses to.
	visibility: z.enum(VISIBILITIES, 'validation.invalid').optional().default('only_me')
});
export type SaveProfileExperienceInput = z.input<typeof SaveProfileExperienceSchema>;

/** Adds a lived experience to the actor's profile, or updates its words, period and audience. */
export async function saveProfileExperience(ctx: Ctx, input: SaveProfileExperienceInput) {
	const actor = requireActor(ctx);
	const fields = parseInput(SaveProfileExperienceSchema, input);
	const [experience] = await ctx.db
		.select({ id: experiences.id, status: experiences.status })
		.from(experiences)
		.where(eq(experiences.id, fields.experienceId));
	if (!experience || experience.status !== 'approved') {
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'experienceId', message: 'validation.experience' }
		]);
	}
	const now = ctx.clock.now();
	await ctx.db
		.insert(profileExperiences)
		.values({ accountId: actor.accountId, ...fields, createdAt: now, updatedAt: now })
		.onConflictDoUpdate({
			target: [profileExperiences.accountId, profileExperiences.experienceId],
			set: { detail: fields.detail, period: fields.period, visibility: fields.visibility, updatedAt: now }
		});
	ctx.events.emit({ type: 'profile.changed', accountId: actor.accountId });
	return fields;
}
