import { moderationQueue } from '$core/moderation';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The queue of the reports this person moderates (`status`, `reason`, `assigned`, `organisationId`, `limit`). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		moderationQueue(
			ctxFor(event),
			Object.fromEntries(event.url.searchParams) as Parameters<typeof moderationQueue>[1]
		)
	);
