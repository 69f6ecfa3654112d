import { listSharedDebriefs } from '$core/gatherings';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Debrief notes shared with the organisation (its coordinators): `?status=open|acknowledged`. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		listSharedDebriefs(ctxFor(event), {
			slug: event.params.slug,
			status: (event.url.searchParams.get('status') ?? undefined) as 'open' | undefined
		})
	);
