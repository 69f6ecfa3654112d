import { redirect } from '@sveltejs/kit';
import { createReadingList, listReadingLists, type CreateReadingListInput } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listReadingLists(ctxFor(event), { slug: event.params.slug });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			const { listId } = await createReadingList(ctxFor(event), {
				...fields,
				slug: event.params.slug
			} as CreateReadingListInput);
			redirect(303, `/parcours/${listId}`);
		})
};
