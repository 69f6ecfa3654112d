import { myEmergencyContacts } from '$core/care';
import { ctxFor } from '$lib/server/context';
import { log } from '$lib/server/logger';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) return { organisations: [] };
	try {
		return { organisations: await myEmergencyContacts(ctxFor(event)) };
	} catch (error) {
		// The emergency page must always show the national numbers, even if the organisations' part fails.
		log('error', 'emergency-contacts-failed', { requestId: event.locals.requestId, error: String(error) });
		return { organisations: [] };
	}
};
