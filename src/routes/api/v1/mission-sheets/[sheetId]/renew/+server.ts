import { renewMission } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Renews the mission until a new end date (coordinators): a new version to sign. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		renewMission(ctxFor(event), {
			...(await readJson(event.request)),
			sheetId: event.params.sheetId
		} as never)
	);
