import { liftCoolDown, setCoolDown } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Starts a cool-down: `{ "duration": "24h" | "3d" | "7d" | "until_lifted" }`. */
export const PUT: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return setCoolDown(ctxFor(event), { duration: body.duration as '24h' });
	});

/** Lifts the cool-down now. */
export const DELETE: RequestHandler = (event) => apiResponse(event, () => liftCoolDown(ctxFor(event)));
