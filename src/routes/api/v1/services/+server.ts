import { publishService } from '$core/offers';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Publish a service in one's own name or an organisation's (PublishServiceSchema); 201 with its id. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => publishService(ctxFor(event), (await readJson(event.request)) as never),
		201
	);
