import { getMyAccount } from '$core/accounts';
import { deleteAccount, updateMySettings } from '$core/my-data';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => apiResponse(event, () => getMyAccount(ctxFor(event)));

/**
 * Updates display preferences (locale, textSize, theme), who may write to me directly (directMessages) and
 * notifications (emailDigest, discreetNotifications, and for staff moderationAlerts): all or nothing.
 */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const ctx = ctxFor(event);
		await updateMySettings(ctx, await readJson(event.request), {
			emailAvailable: getRuntime().config.mail !== null
		});
		return getMyAccount(ctx);
	});

/** Erases the account; the body must confirm the password. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		await deleteAccount(
			ctxFor(event),
			(await readJson(event.request)) as Parameters<typeof deleteAccount>[1]
		);
	});
