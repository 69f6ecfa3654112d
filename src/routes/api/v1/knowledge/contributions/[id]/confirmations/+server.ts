import { confirmContribution, listConfirmations, withdrawConfirmation } from '$core/knowledge';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Counts per kind, nuances, counts per experience, and mine (visitors: a public contribution's, without names). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () =>
		listConfirmations(ctxFor(event), { contributionId: event.params.id, locale: event.locals.locale })
	);

/** My confirmation (created, or replaced: one per person and contribution). */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () =>
		confirmContribution(ctxFor(event), {
			...(await readJson(event.request)),
			contributionId: event.params.id
		} as never)
	);

/** Withdraws my confirmation. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => withdrawConfirmation(ctxFor(event), { contributionId: event.params.id }));
