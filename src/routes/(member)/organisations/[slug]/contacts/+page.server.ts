import {
	listOrganisationContacts,
	moveOrganisationContact,
	removeOrganisationContact,
	saveOrganisationContact,
	type SaveOrganisationContactInput
} from '$core/care';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		const list = await listOrganisationContacts(ctxFor(event), { slug: event.params.slug, manage: true });
		// ?modifier=<id> puts that contact in the form: one form on the page, so ids never repeat.
		const editing = list.contacts.find((contact) => contact.id === event.url.searchParams.get('modifier'));
		return { ...list, editing: editing ?? null };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	save: (event) =>
		runFormAction(event, async (fields) => {
			await saveOrganisationContact(ctxFor(event), {
				...fields,
				slug: event.params.slug
			} as SaveOrganisationContactInput);
			return settled(event, { saved: fields.contactId ? ('edited' as const) : ('added' as const) });
		}),
	move: (event) =>
		runFormAction(event, async (fields) => {
			await moveOrganisationContact(ctxFor(event), { ...fields, slug: event.params.slug } as Parameters<
				typeof moveOrganisationContact
			>[1]);
			return settled(event, { moved: true as const });
		}),
	remove: (event) =>
		runFormAction(event, async (fields) => {
			await removeOrganisationContact(ctxFor(event), {
				slug: event.params.slug,
				contactId: fields.contactId ?? ''
			});
			return settled(event, { removed: true as const });
		})
};
