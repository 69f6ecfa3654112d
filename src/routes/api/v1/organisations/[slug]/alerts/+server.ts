import { listOrganisationAlerts } from '$core/care';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Difficult-conversation alerts of the organisation (coordinators): `?status=open|acknowledged`. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		listOrganisationAlerts(ctxFor(event), {
			slug: event.params.slug,
			status: (event.url.searchParams.get('status') ?? undefined) as 'open' | undefined
		})
	);
