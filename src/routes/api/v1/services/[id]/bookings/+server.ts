import { bookService } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Ask for a session at a proposed time, with a voucher or not (BookServiceSchema); 201. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () =>
			bookService(ctxFor(event), { ...(await readJson(event.request)), serviceId: event.params.id } as never),
		201
	);
