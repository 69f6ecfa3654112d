import { blockPerson } from '$core/matching';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * Blocks someone silently: `{ "accountId" }`. Pending requests between us close, open accompaniments end,
 * and we are never matched again. Nothing tells the other person.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		await blockPerson(ctxFor(event), { accountId: body.accountId } as Parameters<typeof blockPerson>[1]);
	});
