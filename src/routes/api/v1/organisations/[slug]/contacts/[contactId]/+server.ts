import {
	removeOrganisationContact,
	saveOrganisationContact,
	type SaveOrganisationContactInput
} from '$core/care';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Replaces a contact's label, phone, email, details and duty hours (coordinators). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		saveOrganisationContact(ctxFor(event), {
			...(await readJson(event.request)),
			slug: event.params.slug,
			contactId: event.params.contactId
		} as SaveOrganisationContactInput)
	);

/** Removes a contact (coordinators). */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () =>
		removeOrganisationContact(ctxFor(event), { slug: event.params.slug, contactId: event.params.contactId })
	);
