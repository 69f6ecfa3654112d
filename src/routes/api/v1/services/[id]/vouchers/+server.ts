import { grantVouchers } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A funder's coordinator gives a member funded sessions of this service (GrantVouchersSchema); 201. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			grantVouchers(ctxFor(event), {
				...(await readJson(event.request)),
				serviceId: event.params.id
			} as never),
		201
	);
