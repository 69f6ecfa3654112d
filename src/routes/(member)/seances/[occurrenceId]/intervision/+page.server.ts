import {
	addIntervisionNote,
	deleteIntervisionNote,
	getIntervision,
	getIntervisionEntry,
	pledgeConfidentiality
} from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const occurrenceId = event.params.occurrenceId;
		const entry = await getIntervisionEntry(ctx, { occurrenceId });
		// The notes are read only after the pledge; before it the page is the pledge form.
		const intervision = entry.pledged ? await getIntervision(ctx, { occurrenceId }) : null;
		return { entry, parts: intervision?.parts ?? null };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	pledge: (event) =>
		runFormAction(event, async ({ pledge }) => {
			await pledgeConfidentiality(ctxFor(event), {
				occurrenceId: event.params.occurrenceId,
				pledge: (pledge ?? '') as never
			});
			return settled(event, { pledged: true }, 'parts');
		}),
	note: (event) =>
		runFormAction(event, async ({ part, body }) => {
			await addIntervisionNote(ctxFor(event), {
				occurrenceId: event.params.occurrenceId,
				part: (part ?? '') as never,
				body: body ?? ''
			});
			return settled(event, { added: part ?? '' }, `part-${part}`);
		}),
	deleteNote: (event) =>
		runFormAction(event, async ({ noteId }) => {
			await deleteIntervisionNote(ctxFor(event), {
				occurrenceId: event.params.occurrenceId,
				noteId: noteId ?? ''
			});
			return settled(event, { deleted: true }, 'parts');
		})
};
