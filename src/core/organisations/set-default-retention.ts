import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '../../db/schema';
import { RETENTIONS } from '../conversations/policy';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canUpdateOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { slugField } from './schemas';

export const SetDefaultRetentionSchema = z.object({
	slug: slugField,
	retention: z.enum(RETENTIONS, 'validation.invalid')
});

/**
 * A coordinator (or an instance admin) chooses how long messages are kept in conversations opened from
 * now on in the organisation. Conversations already open keep theirs; participants can still change it.
 */
export async function setDefaultRetention(ctx: Ctx, input: z.input<typeof SetDefaultRetentionSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(SetDefaultRetentionSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, command.slug, actor);
	permit(canUpdateOrganisation(viewer));
	await ctx.db
		.update(organisations)
		.set({ defaultRetention: command.retention })
		.where(eq(organisations.id, organisation.id));
	return { defaultRetention: command.retention };
}
