import { getScheduleForm, scheduleSession } from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await getScheduleForm(ctxFor(event), { groupId: event.params.groupId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, ['accessibility']);
			const created = await scheduleSession(ctxFor(event), {
				...fields,
				groupId: event.params.groupId
			} as Parameters<typeof scheduleSession>[1]);
			// Back on the form (Post/Redirect/Get) with what was created and a link to the first session.
			return settled(
				event,
				{ created: created.occurrences, firstOccurrenceId: created.firstOccurrenceId },
				'schedule-outcome'
			);
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
