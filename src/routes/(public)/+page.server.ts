import { listMyMemberships } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	memberships: event.locals.actor ? await listMyMemberships(ctxFor(event)) : [],
	signedOut: event.url.searchParams.has('au-revoir'),
	deleted: event.url.searchParams.has('compte-supprime')
});
