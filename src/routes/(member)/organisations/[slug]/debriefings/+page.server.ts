import { acknowledgeDebrief, listSharedDebriefs } from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const slug = event.params.slug;
		const [open, done] = await Promise.all([
			listSharedDebriefs(ctx, { slug, status: 'open' }),
			listSharedDebriefs(ctx, { slug, status: 'acknowledged' })
		]);
		return { organisation: open.organisation, open: open.notes, done: done.notes };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	acknowledge: (event) =>
		runFormAction(event, async ({ noteId }) => {
			await acknowledgeDebrief(ctxFor(event), { slug: event.params.slug, noteId: noteId ?? '' });
			return settled(event, { acknowledged: true });
		})
};
