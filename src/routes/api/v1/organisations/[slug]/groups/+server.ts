import { createGroup, listGroups } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's groups the actor may know exist, with their place in each. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listGroups(ctxFor(event), { slug: event.params.slug }));

/** Coordinators create a group (CreateGroupSchema), with its own conversation. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return createGroup(ctxFor(event), { ...body, slug: event.params.slug } as never);
		},
		201
	);
