import {
	listOrganisationContacts,
	saveOrganisationContact,
	type SaveOrganisationContactInput
} from '$core/care';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's emergency contacts with their next duty time (active members only). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listOrganisationContacts(ctxFor(event), { slug: event.params.slug }));

/** Adds a contact at the end of the list (coordinators). */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			const { contactId: _ignored, ...fields } = body;
			return saveOrganisationContact(ctxFor(event), {
				...fields,
				slug: event.params.slug
			} as SaveOrganisationContactInput);
		},
		201
	);
