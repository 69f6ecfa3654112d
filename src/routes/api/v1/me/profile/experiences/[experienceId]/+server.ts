import { removeProfileExperience, saveProfileExperience } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Adds or updates one experience: `{ "detail"?, "period"?, "visibility"? }`. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return saveProfileExperience(ctxFor(event), {
			...body,
			experienceId: event.params.experienceId
		} as Parameters<typeof saveProfileExperience>[1]);
	});

export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () =>
		removeProfileExperience(ctxFor(event), { experienceId: event.params.experienceId })
	);
