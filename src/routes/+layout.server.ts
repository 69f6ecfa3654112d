import { unreadMessageCount } from '$core/conversations';
import { openReportCount } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { getRuntime } from '$lib/server/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, url } = event;
	return {
		/** Messages waiting in unmuted conversations: the header's badge. */
		unread: locals.actor ? await unreadMessageCount(ctxFor(event)) : 0,
		/** Reports and appeals waiting for this person in Modération; null when they moderate nothing. */
		openReports: locals.actor ? await openReportCount(ctxFor(event)) : null,
		locale: locals.locale,
		actor: locals.actor
			? { pseudonym: locals.actor.pseudonym, isInstanceAdmin: locals.actor.isInstanceAdmin }
			: null,
		quickExitUrl: getRuntime().config.QUICK_EXIT_URL,
		currentPath: url.pathname + url.search
	};
};
