import { moveOrganisationContact } from '$core/care';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Moves a contact one place: `{ "direction": "up" | "down" }` (coordinators). */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return moveOrganisationContact(ctxFor(event), {
			slug: event.params.slug,
			contactId: event.params.contactId,
			direction: body.direction as 'up' | 'down'
		});
	});
