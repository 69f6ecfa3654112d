import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisationContacts } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageContacts } from './policy';

export const RemoveOrganisationContactSchema = z.object({
	slug: slugField,
	contactId: z.uuid('validation.invalid')
});

/** A coordinator removes one of their organisation's contacts. */
export async function removeOrganisationContact(
	ctx: Ctx,
	input: z.input<typeof RemoveOrganisationContactSchema>
) {
	const actor = requireActor(ctx);
	const { slug, contactId } = parseInput(RemoveOrganisationContactSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(canManageContacts(viewer));
	const removed = await ctx.db
		.delete(organisationContacts)
		.where(
			and(eq(organisationContacts.id, contactId), eq(organisationContacts.organisationId, organisation.id))
		)
		.returning({ id: organisationContacts.id });
	authorize(removed.length > 0, 'contact');
}
