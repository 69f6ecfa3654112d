import { unreadMessageCount } from '$core/conversations';
import { ctxFor } from '$lib/server/context';
import { getRuntime } from '$lib/server/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, url } = event;
	return {
		/** Messages waiting in unmuted conversations: the header's badge. */
		unread: locals.actor ? await unreadMessageCount(ctxFor(event)) : 0,
		locale: locals.locale,
		actor: locals.actor
			? { pseudonym: locals.actor.pseudonym, isInstanceAdmin: locals.actor.isInstanceAdmin }
			: null,
		quickExitUrl: getRuntime().config.QUICK_EXIT_URL,
		currentPath: url.pathname + url.search
	};
};
