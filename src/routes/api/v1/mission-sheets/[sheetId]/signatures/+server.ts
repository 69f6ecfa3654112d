import { signMissionSheet } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Signs the version read (`{ version }`): the supporter for themselves, a coordinator for the organisation. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			signMissionSheet(ctxFor(event), {
				...(await readJson(event.request)),
				sheetId: event.params.sheetId
			} as never),
		201
	);
