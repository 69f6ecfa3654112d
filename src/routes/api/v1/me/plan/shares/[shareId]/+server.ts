import { revokePlanShare } from '$core/plans';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Ends one of my shares: the supporter can no longer open the plan, the link answers 404. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await revokePlanShare(ctxFor(event), { shareId: event.params.shareId });
		return undefined;
	});
