import { attendanceSheet, recordAttendance } from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await attendanceSheet(ctxFor(event), { occurrenceId: event.params.occurrenceId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		try {
			const { attended, walkInCount } = formFieldsWithLists(form, ['attended']);
			await recordAttendance(ctxFor(event), {
				occurrenceId: event.params.occurrenceId,
				attendedAccountIds: attended ?? [],
				walkInCount: walkInCount as string
			});
			return settled(event, { attendanceSaved: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
