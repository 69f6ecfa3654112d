import { updatePreferences, type UpdatePreferencesInput } from '../accounts/update-preferences';
import { setDirectMessages } from '../conversations/set-direct-messages';
import {
	setNotificationPreferences,
	type NotificationInstance
} from '../notifications/set-notification-preferences';
import { requireActor, type Ctx } from '../shared';

/** Everything `PATCH /api/v1/me` may change, as received (each part validates its own); left out, kept. */
export interface MySettingsInput {
	locale?: unknown;
	textSize?: unknown;
	theme?: unknown;
	easyRead?: unknown;
	lineSpacing?: unknown;
	contrast?: unknown;
	readingFont?: unknown;
	directMessages?: unknown;
	emailDigest?: unknown;
	discreetNotifications?: unknown;
	moderationAlerts?: unknown;
}

/**
 * Saves the person's settings in one go: display preferences, who may write to them directly, and
 * notifications. All or nothing, in one transaction: a refused part (an unknown theme, a digest without an
 * email address) leaves the others unchanged, so the answer never hides a half-saved change.
 */
export async function updateMySettings(
	ctx: Ctx,
	input: MySettingsInput,
	instance: NotificationInstance
): Promise<void> {
	requireActor(ctx);
	const { directMessages, emailDigest, discreetNotifications, moderationAlerts, ...preferences } = input;
	await ctx.db.transaction(async (tx) => {
		const inTransaction: Ctx = { ...ctx, db: tx };
		if (directMessages !== undefined)
			await setDirectMessages(inTransaction, { audience: directMessages as never });
		if (emailDigest !== undefined || discreetNotifications !== undefined || moderationAlerts !== undefined)
			await setNotificationPreferences(
				inTransaction,
				{ emailDigest, discreetNotifications, moderationAlerts } as Parameters<
					typeof setNotificationPreferences
				>[1],
				instance
			);
		await updatePreferences(inTransaction, preferences as UpdatePreferencesInput);
	});
}
