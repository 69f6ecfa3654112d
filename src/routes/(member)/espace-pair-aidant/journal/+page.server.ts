import { deleteDebriefNote, listMyDebriefNotes, shareDebriefNote, writeDebriefNote } from '$core/gatherings';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { journal: await listMyDebriefNotes(ctxFor(event)) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	write: (event) =>
		runFormAction(event, async (fields) => {
			await writeDebriefNote(ctxFor(event), {
				whatWasHard: fields.whatWasHard,
				whatHelped: fields.whatHelped,
				whatINeed: fields.whatINeed,
				occurrenceId: fields.occurrenceId,
				accompanimentId: fields.accompanimentId
			});
			return settled(event, { written: true }, 'notes');
		}),
	share: (event) =>
		runFormAction(event, async ({ noteId, organisationId }) => {
			await shareDebriefNote(ctxFor(event), { noteId: noteId ?? '', organisationId: organisationId ?? '' });
			return settled(event, { shared: true }, 'notes');
		}),
	delete: (event) =>
		runFormAction(event, async ({ noteId, confirm }) => {
			// Without JavaScript there is no dialog: the confirmation is a box ticked in the same form.
			if (confirm !== 'true')
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: `confirm-${noteId ?? ''}`, message: 'validation.debrief.confirmDelete' }
				]);
			await deleteDebriefNote(ctxFor(event), { noteId: noteId ?? '' });
			return settled(event, { deleted: true }, 'notes');
		})
};
