import { enrolInPath } from '$core/pathway';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Enrols the caller, or (coordinators) proposes the path to a member, who accepts. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			enrolInPath(ctxFor(event), {
				...(await readJson(event.request)),
				pathId: event.params.pathId
			} as never),
		201
	);
