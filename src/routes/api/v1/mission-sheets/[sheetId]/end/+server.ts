import { endMission } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Ends the mission (the supporter or a coordinator), with an optional reason. */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () =>
		endMission(ctxFor(event), { ...(await readJson(event.request)), sheetId: event.params.sheetId } as never)
	);
