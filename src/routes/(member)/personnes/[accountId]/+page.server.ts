import { redirect } from '@sveltejs/kit';
import { canWriteDirectly, startDirectConversation } from '$core/conversations';
import { blockPerson, viewProfile } from '$core/matching';
import { visibleCredentials } from '$core/recognition';
import { ctxFor } from '$lib/server/context';
import { readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (event.params.accountId === event.locals.actor!.accountId) redirect(303, '/profil');
	try {
		const ctx = ctxFor(event);
		const accountId = event.params.accountId;
		const profile = await viewProfile(ctx, { accountId, locale: event.locals.locale });
		const [canWrite, credentials] = await Promise.all([
			canWriteDirectly(ctx, { accountId }),
			visibleCredentials(ctx, { accountId })
		]);
		return { profile, canWrite, credentials };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	message: async (event) => {
		let conversationId: string;
		try {
			await readForm(event.request);
			({ conversationId } = await startDirectConversation(ctxFor(event), {
				accountId: event.params.accountId
			}));
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		redirect(303, `/conversations/${conversationId}`);
	},
	block: async (event) => {
		try {
			await readForm(event.request);
			await blockPerson(ctxFor(event), { accountId: event.params.accountId });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
		// The profile page of someone one has blocked stays readable to the blocker; say it is done.
		return { blocked: true as const };
	}
};
