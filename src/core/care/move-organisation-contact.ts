import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisationContacts } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageContacts } from './policy';
import { contactsOfOrganisation } from './queries';

export const MoveOrganisationContactSchema = z.object({
	slug: slugField,
	contactId: z.uuid('validation.invalid'),
	direction: z.enum(['up', 'down'], 'validation.invalid')
});

/**
 * A coordinator moves a contact one place up or down; the list is renumbered 0..n-1 in the same
 * transaction, so positions stay dense whatever happened before.
 */
export async function moveOrganisationContact(
	ctx: Ctx,
	input: z.input<typeof MoveOrganisationContactSchema>
) {
	const actor = requireActor(ctx);
	const { slug, contactId, direction } = parseInput(MoveOrganisationContactSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(canManageContacts(viewer));
	await ctx.db.transaction(async (tx) => {
		const ids = (await contactsOfOrganisation(tx, organisation.id)).map((contact) => contact.id);
		const from = ids.indexOf(contactId);
		authorize(from >= 0, 'contact');
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
		for (const [position, id] of ids.entries()) {
			await tx
				.update(organisationContacts)
				.set({ position })
				.where(
					and(eq(organisationContacts.id, id), eq(organisationContacts.organisationId, organisation.id))
				);
		}
	});
}
