import {
	deleteActivity,
	importMyActivity,
	listMyActivity,
	listMyAttestations,
	logActivity
} from '$core/recognition';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const [activity, attestations] = await Promise.all([listMyActivity(ctx), listMyAttestations(ctx)]);
		return { activity, attestations, edited: event.url.searchParams.has('modifiee') };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	log: (event) =>
		runFormAction(event, async (fields) => {
			await logActivity(ctxFor(event), fields as never);
			return settled(event, { logged: true }, 'entries');
		}),
	import: (event) =>
		runFormAction(event, async () => {
			const { added } = await importMyActivity(ctxFor(event));
			return settled(event, { imported: added }, 'entries');
		}),
	delete: (event) =>
		runFormAction(event, async ({ entryId, confirm }) => {
			if (confirm !== 'true')
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: `confirm-${entryId ?? ''}`, message: 'validation.recognition.confirmDelete' }
				]);
			await deleteActivity(ctxFor(event), { entryId: entryId ?? '' });
			return settled(event, { deleted: true }, 'entries');
		})
};
