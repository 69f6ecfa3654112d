import { listOrganisationActivity } from '$core/recognition';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The organisation's peer supporters and, with ?accountId=, their entries for it (coordinators only). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const query = event.url.searchParams;
		const { supporters, entries, totals } = await listOrganisationActivity(ctxFor(event), {
			slug: event.params.slug,
			accountId: query.get('accountId') ?? undefined,
			from: query.get('from') ?? undefined,
			to: query.get('to') ?? undefined
		});
		return { supporters, entries, totals };
	});
