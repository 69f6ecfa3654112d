import { decideAppeal } from '$core/moderation';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** `{ outcome: 'upheld' | 'reversed', statement }`: the answer, with a statement of reasons. */
export const POST: RequestHandler = (event) =>
	apiResponse(
		event,
		async () => {
			const body = await readJson(event.request);
			return decideAppeal(ctxFor(event), {
				...(body as Omit<Parameters<typeof decideAppeal>[1], 'appealId'>),
				appealId: event.params.appealId
			});
		},
		201
	);
