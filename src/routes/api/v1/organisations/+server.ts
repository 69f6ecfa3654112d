import { createOrganisation, listOrganisations } from '$core/organisations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => ({ organisations: await listOrganisations(ctxFor(event)) }));

/** Instance admins only. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const organisation = await createOrganisation(
				ctxFor(event),
				(await readJson(event.request)) as Parameters<typeof createOrganisation>[1]
			);
			return { slug: organisation.slug, name: organisation.name };
		},
		201
	);
