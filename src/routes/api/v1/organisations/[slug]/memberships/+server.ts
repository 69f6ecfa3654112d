import { joinOrganisation, leaveOrganisation } from '$core/organisations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Joins (or asks to join) with the charter accepted: `{ "acceptCharter": true }`. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return joinOrganisation(ctxFor(event), { ...body, slug: event.params.slug } as Parameters<
				typeof joinOrganisation
			>[1]);
		},
		201
	);

/** Leaves the organisation, or withdraws a pending request. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => leaveOrganisation(ctxFor(event), { slug: event.params.slug }));
