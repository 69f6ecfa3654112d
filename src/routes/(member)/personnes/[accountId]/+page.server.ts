import { redirect } from '@sveltejs/kit';
import { viewProfile } from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { pageError } from '$lib/server/http-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (event.params.accountId === event.locals.actor!.accountId) redirect(303, '/profil');
	try {
		return {
			profile: await viewProfile(ctxFor(event), {
				accountId: event.params.accountId,
				locale: event.locals.locale
			})
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};
