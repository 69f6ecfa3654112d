import { redirect } from '@sveltejs/kit';
import {
	addReadingListItem,
	deleteReadingList,
	getReadingList,
	moveReadingListItem,
	removeReadingListItem,
	searchKnowledge,
	updateReadingList
} from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const list = await getReadingList(ctx, { listId: event.params.listId });
		// Those who gather the list search for what to add with the same search as /savoirs (a GET form).
		const query = (event.url.searchParams.get('chercher') ?? '').slice(0, 200);
		const candidates =
			list.canManage && query ? (await searchKnowledge(ctx, { q: query })).results.slice(0, 10) : [];
		const inList = new Set(list.items.map((item) => item.contributionId));
		return {
			list,
			query,
			candidates: candidates.map(({ id, title }) => ({ id, title, inList: inList.has(id) }))
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

const listId = (event: { params: { listId: string } }) => event.params.listId;

export const actions: Actions = {
	update: (event) =>
		runFormAction(event, async (fields) => {
			await updateReadingList(ctxFor(event), { ...fields, listId: listId(event) } as never);
			return settled(event, { saved: true });
		}),
	delete: (event) =>
		runFormAction(event, async () => {
			const { slug } = await deleteReadingList(ctxFor(event), { listId: listId(event) });
			redirect(303, `/organisations/${slug}/parcours`);
		}),
	add: (event) =>
		runFormAction(event, async (fields) => {
			await addReadingListItem(ctxFor(event), { ...fields, listId: listId(event) } as never);
			return settled(event, { added: true }, 'items');
		}),
	move: (event) =>
		runFormAction(event, async (fields) => {
			await moveReadingListItem(ctxFor(event), { ...fields, listId: listId(event) } as never);
			return settled(event, { moved: true }, `item-${fields.contributionId ?? ''}`);
		}),
	remove: (event) =>
		runFormAction(event, async (fields) => {
			await removeReadingListItem(ctxFor(event), { ...fields, listId: listId(event) } as never);
			return settled(event, { removed: true }, 'items');
		})
};
