import { renewRecoveryCodes } from '$core/accounts';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Replaces my recovery codes with 8 new ones (the password again); they are in this answer only. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			const codes = await renewRecoveryCodes(ctxFor(event), { password: body.password } as never);
			return { codes };
		},
		201
	);
