import { getMyAccount, updatePreferences } from '$core/accounts';
import { deleteAccount } from '$core/my-data';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => apiResponse(event, () => getMyAccount(ctxFor(event)));

/** Updates display preferences (locale, textSize, theme). */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await updatePreferences(
			ctxFor(event),
			(await readJson(event.request)) as Parameters<typeof updatePreferences>[1]
		);
		return getMyAccount(ctxFor(event));
	});

/** Erases the account; the body must confirm the password. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await deleteAccount(
			ctxFor(event),
			(await readJson(event.request)) as Parameters<typeof deleteAccount>[1]
		);
	});
