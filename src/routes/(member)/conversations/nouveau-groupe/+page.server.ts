import { redirect } from '@sveltejs/kit';
import { groupCandidates, groupOrganisations, startGroupConversation } from '$core/conversations';
import { ctxFor } from '$lib/server/context';
import { formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const organisations = await groupOrganisations(ctx);
		// With a single organisation there is nothing to choose: its members are offered at once.
		const slug =
			event.url.searchParams.get('organisation') ??
			(organisations.length === 1 ? organisations[0]!.slug : null);
		return { organisations, candidates: slug === null ? null : await groupCandidates(ctx, { slug }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		let conversationId: string;
		try {
			form = await readForm(event.request);
			const { slug, title, participantIds } = formFieldsWithLists(form, ['participantIds']);
			({ conversationId } = await startGroupConversation(ctxFor(event), {
				slug: slug as string,
				title: title as string,
				participantIds: participantIds as string[]
			}));
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		redirect(303, `/conversations/${conversationId}`);
	}
};
