import { getMyAccount, updatePreferences } from '$core/accounts';
import { setDirectMessages } from '$core/conversations';
import { setNotificationPreferences } from '$core/notifications';
import { deleteAccount } from '$core/my-data';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => apiResponse(event, () => getMyAccount(ctxFor(event)));

/**
 * Updates display preferences (locale, textSize, theme), who may write to me directly (directMessages) and
 * notifications (emailDigest, discreetNotifications, and for staff moderationAlerts).
 */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { directMessages, emailDigest, discreetNotifications, moderationAlerts, ...preferences } =
			await readJson(event.request);
		const ctx = ctxFor(event);
		if (directMessages !== undefined) await setDirectMessages(ctx, { audience: directMessages as never });
		if (emailDigest !== undefined || discreetNotifications !== undefined || moderationAlerts !== undefined)
			await setNotificationPreferences(
				ctx,
				{ emailDigest, discreetNotifications, moderationAlerts } as Parameters<
					typeof setNotificationPreferences
				>[1],
				{ emailAvailable: getRuntime().config.mail !== null }
			);
		await updatePreferences(ctx, preferences as Parameters<typeof updatePreferences>[1]);
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
