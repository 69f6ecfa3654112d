import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, organisations } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { canUpdateOrganisation } from './policy';
import { loadOrganisationForActor } from './queries';
import { OrganisationFieldsSchema, slugField } from './schemas';

export const UpdateOrganisationSchema = OrganisationFieldsSchema.extend({ slug: slugField });
export type UpdateOrganisationInput = z.input<typeof UpdateOrganisationSchema>;

/**
 * Coordinators edit their organisation; a changed charter gets a new version that joiners accept, and that
 * members accept at their next visit (acceptOrganisationCharter) before they can write again.
 */
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
	// Members accept the new version at their next visit before they write again; whoever changed it
	// accepted it by writing it.
	if (charterChanged)
		await ctx.db
			.update(memberships)
			.set({ charterVersionAccepted: updated!.charterVersion, charterAcceptedAt: ctx.clock.now() })
			.where(
				and(eq(memberships.organisationId, organisation.id), eq(memberships.accountId, actor.accountId))
			);
	return updated!;
}
