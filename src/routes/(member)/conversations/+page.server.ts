import { groupOrganisations, myConversations } from '$core/conversations';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const [conversations, organisationsForGroups] = await Promise.all([
			myConversations(ctx),
			groupOrganisations(ctx)
		]);
		return {
			conversations,
			canOpenGroups: organisationsForGroups.length > 0,
			left: event.url.searchParams.has('quittee')
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
