import { getRuntime } from '$lib/server/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	return {
		locale: locals.locale,
		actor: locals.actor
			? { pseudonym: locals.actor.pseudonym, isInstanceAdmin: locals.actor.isInstanceAdmin }
			: null,
		quickExitUrl: getRuntime().config.QUICK_EXIT_URL,
		currentPath: url.pathname + url.search
	};
};
