import { ctxFor } from '$lib/server/context';
import { takeFlash } from '$lib/server/flash';
import { headerBadges } from '$lib/server/header-badges';
import { messageVariantFor } from '$lib/server/message-variant';
import { pageMessages } from '$lib/server/page-messages';
import { getRuntime } from '$lib/server/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, url } = event;
	// Counted once for a few seconds, not on every page (see BadgeCache).
	const badges = locals.actor ? await headerBadges(ctxFor(event), getRuntime().hub) : null;
	return {
		/** Messages waiting in unmuted conversations: the header's badge. */
		unread: badges?.unread ?? 0,
		/** Reports and appeals waiting for this person in Modération; null when they moderate nothing. */
		openReports: badges?.openReports ?? null,
		/** Unread notifications (the notification centre's badge). */
		notifications: badges?.notifications ?? 0,
		/** Join requests waiting for this coordinator; null when they coordinate nothing. */
		pendingJoins: badges?.pendingJoins ?? null,
		/** Contact requests waiting for this supporter; null when they support nowhere (no "Espace pair-aidant"). */
		contactRequests: badges?.contactRequests ?? null,
		locale: locals.locale,
		/** The catalogue messages this route's browser code can use, in its language only (see $lib/i18n). */
		translations: pageMessages(locals.locale, event.route.id, messageVariantFor(locals.locale, locals.display)),
		/** Easy-read (FALC) is on: bigger layout, pictograms, read aloud (see app.html's data-easy-read). */
		easyRead: messageVariantFor(locals.locale, locals.display) === 'easy',
		actor: locals.actor
			? { pseudonym: locals.actor.pseudonym, isInstanceAdmin: locals.actor.isInstanceAdmin }
			: null,
		quickExitUrl: getRuntime().config.QUICK_EXIT_URL,
		/** The outcome of the form posted just before (without JavaScript, after its 303); see `settled`. */
		flash: takeFlash(event.cookies, url),
		currentPath: url.pathname + url.search
	};
};
