import { editService, getService } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A published service, the actor's unused vouchers for it and what they may do. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getService(ctxFor(event), { id: event.params.id }));

/** Edit a service (EditServiceSchema: every field again), for its provider. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () =>
		editService(ctxFor(event), {
			...((await readJson(event.request)) as object),
			serviceId: event.params.id
		} as never)
	);
