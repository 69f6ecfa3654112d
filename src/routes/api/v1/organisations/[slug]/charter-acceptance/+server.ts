import { acceptOrganisationCharter } from '$core/organisations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A member accepts the organisation's current charter: `{ "acceptCharter": true, "charterVersion": 2 }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return acceptOrganisationCharter(ctxFor(event), { ...body, slug: event.params.slug } as never);
	});
