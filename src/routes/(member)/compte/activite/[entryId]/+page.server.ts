import { redirect } from '@sveltejs/kit';
import { listMyActivity, updateActivity } from '$core/recognition';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { entries, organisations } = await listMyActivity(ctxFor(event));
		const entry = entries.find((candidate) => candidate.id === event.params.entryId);
		if (!entry) throw new DomainError('NOT_FOUND');
		return { entry, organisations };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			await updateActivity(ctxFor(event), { ...fields, entryId: event.params.entryId } as never);
			redirect(303, '/compte/activite?modifiee=1#entries');
		})
};
