import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { memberships } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canSetMemberListVisibility } from './policy';
import { loadOrganisationForActor } from './queries';
import { slugField } from './schemas';

export const SetMemberListVisibilitySchema = z.object({
	slug: slugField,
	hidden: z
		.union([z.boolean(), z.enum(['true', 'false'])], 'validation.invalid')
		.transform((value) => value === true || value === 'true')
});

/** A member chooses whether other members see them in the organisation's member list. */
export async function setMemberListVisibility(
	ctx: Ctx,
	input: z.input<typeof SetMemberListVisibilitySchema>
) {
	const actor = requireActor(ctx);
	const { slug, hidden } = parseInput(SetMemberListVisibilitySchema, input);
	const { membership, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	if (!canSetMemberListVisibility(viewer) || !membership) throw new DomainError('NOT_FOUND');
	await ctx.db
		.update(memberships)
		.set({ hiddenFromMemberList: hidden })
		.where(eq(memberships.id, membership.id));
	return { hidden };
}
