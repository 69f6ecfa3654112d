import { fail, redirect } from '@sveltejs/kit';
import {
	changePassword,
	getMyAccount,
	getRecoveryStatus,
	renewRecoveryCodes,
	signOutEverywhere
} from '$core/accounts';
import { setDirectMessages } from '$core/conversations';
import { getNotificationPreferences, setNotificationPreferences } from '$core/notifications';
import { listMyMemberships } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { clearSessionCookie } from '$lib/server/cookies';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import { codesPage, holdCodesForDisplay } from '$lib/server/recovery-codes-cookie';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const [account, memberships, notifications, recovery] = await Promise.all([
		getMyAccount(ctx),
		listMyMemberships(ctx),
		getNotificationPreferences(ctx),
		getRecoveryStatus(ctx)
	]);
	return {
		email: account.email,
		createdAt: account.createdAt,
		directMessages: account.directMessages,
		emailDigest: account.emailDigest,
		discreetNotifications: account.discreetNotifications,
		moderationAlerts: notifications.moderationAlerts,
		/** Whether the moderation alert is offered (staff only). */
		moderates: notifications.moderates,
		emailAvailable: getRuntime().config.mail !== null,
		memberships,
		unusedCodes: recovery.unusedCodes
	};
};

export const actions: Actions = {
	password: async (event) => {
		try {
			const { currentPassword, newPassword } = formFields(await readForm(event.request));
			await changePassword(ctxFor(event), {
				currentPassword,
				newPassword,
				currentToken: event.locals.sessionToken ?? undefined
			} as Parameters<typeof changePassword>[1]);
			return settled(event, { passwordChanged: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	directMessages: async (event) => {
		try {
			const { audience } = formFields(await readForm(event.request));
			await setDirectMessages(ctxFor(event), { audience: audience as never });
			return settled(event, { directMessagesSaved: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	notifications: async (event) => {
		try {
			const { emailDigest, discreetNotifications, moderationAlerts } = formFields(
				await readForm(event.request)
			);
			// An unticked checkbox is not sent at all: absent means off.
			await setNotificationPreferences(
				ctxFor(event),
				{
					emailDigest: emailDigest ?? false,
					discreetNotifications: discreetNotifications ?? false,
					moderationAlerts: moderationAlerts ?? false
				},
				{ emailAvailable: getRuntime().config.mail !== null }
			);
			return settled(event, { notificationsSaved: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	recoveryCodes: async (event) => {
		let codes;
		try {
			const { recoveryPassword } = formFields(await readForm(event.request));
			codes = await renewRecoveryCodes(ctxFor(event), { password: recoveryPassword } as never);
		} catch (error) {
			const failure = formFailure(error, event.locals.locale);
			return fail(failure.status, { ...failure.data, recoveryRenew: true as const });
		}
		holdCodesForDisplay(event.cookies, event.url, codes);
		redirect(303, codesPage('/compte#recuperation'));
	},
	everywhere: async (event) => {
		await signOutEverywhere(ctxFor(event));
		clearSessionCookie(event.cookies);
		redirect(303, '/connexion?deconnecte-partout');
	}
};
