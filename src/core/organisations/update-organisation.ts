import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canUpdateOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { OrganisationFieldsSchema, slugField } from './schemas';

export const UpdateOrganisationSchema = OrganisationFieldsSchema.extend({ slug: slugField });
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationSchema>;

/** Coordinators edit their organisation; a changed charter gets a new version that joiners accept. */
export async function updateOrganisation(ctx: Ctx, input: UpdateOrganisationInput) {
	const actor = requireActor(ctx);
	const { slug, ...fields } = parseInput(UpdateOrganisationSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(canUpdateOrganisation(viewer));
	const charterChanged = fields.charter !== organisation.charter;
	const [updated] = await ctx.db
		.update(organisations)
		.set({
			...fields,
			charterVersion: charterChanged ? sql`${organisations.charterVersion} + 1` : organisation.charterVersion
		})
		.where(eq(organisations.id, organisation.id))
		.returning();
	return updated!;
}
