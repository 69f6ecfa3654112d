import { z } from 'zod';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageContacts, canReadContacts } from './policy';
import { contactsOfOrganisation } from './queries';
import { nextOnDuty } from './on-duty';

/**
 * An organisation's contacts with when each is next on duty: for its active members (and instance admins).
 * To anyone else the list does not exist. With `manage`, only its coordinators (FORBIDDEN otherwise).
 */
export async function listOrganisationContacts(ctx: Ctx, input: { slug: string; manage?: boolean }) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(z.object({ slug: slugField }), input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canReadContacts(viewer), 'contacts');
	// The management page is for coordinators: a member who reaches it may see the list, not change it.
	if (input.manage) permit(canManageContacts(viewer));
	const now = ctx.clock.now();
	const contacts = await contactsOfOrganisation(ctx.db, organisation.id);
	return {
		organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
		canManage: canManageContacts(viewer),
		contacts: contacts.map((contact) => ({ ...contact, next: nextOnDuty(contact.onDuty, now) }))
	};
}
