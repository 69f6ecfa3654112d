import { decideRevision, listRevisions, withdrawRevision } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const revisions = await listRevisions(ctxFor(event), { contributionId: event.params.id });
		// `?envoyee`: the proposal form sent the person here after proposing.
		return { ...revisions, sent: event.url.searchParams.has('envoyee') };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	decide: (event) =>
		runFormAction(event, async (fields) => {
			const decided = await decideRevision(ctxFor(event), fields as never);
			return settled(event, { done: decided.status, version: decided.version }, 'outcome');
		}),
	withdraw: (event) =>
		runFormAction(event, async (fields) => {
			await withdrawRevision(ctxFor(event), fields as never);
			return settled(event, { done: 'withdrawn' as const, version: null }, 'outcome');
		})
};
