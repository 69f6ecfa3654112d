import {
	cancelOccurrence,
	cancelRegistration,
	changeOccurrence,
	endSession,
	getOccurrence,
	registerForSession
} from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFieldsWithLists, readForm, runFormAction } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { occurrence: await getOccurrence(ctxFor(event), { occurrenceId: event.params.occurrenceId }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

const occurrenceId = (event: { params: { occurrenceId: string } }) => ({
	occurrenceId: event.params.occurrenceId
});

export const actions: Actions = {
	register: (event) =>
		runFormAction(event, async () => {
			const { status, position } = await registerForSession(ctxFor(event), occurrenceId(event));
			return settled(event, { registered: status, position }, 'registration');
		}),
	unregister: (event) =>
		runFormAction(event, async () => {
			await cancelRegistration(ctxFor(event), occurrenceId(event));
			return settled(event, { unregistered: true }, 'registration');
		}),
	cancel: (event) =>
		runFormAction(event, async (fields) => {
			await cancelOccurrence(ctxFor(event), { ...occurrenceId(event), reason: fields.reason });
			return settled(event, { cancelledOccurrence: true });
		}),
	change: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { changed } = await changeOccurrence(ctxFor(event), {
				...formFieldsWithLists(form, ['accessibility']),
				...occurrenceId(event)
			} as Parameters<typeof changeOccurrence>[1]);
			return settled(event, { changedOccurrence: changed }, 'change-outcome');
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	end: (event) =>
		runFormAction(event, async (fields) => {
			const { cancelled } = await endSession(ctxFor(event), {
				sessionId: fields.sessionId ?? '',
				reason: fields.reason
			});
			return settled(event, { ended: cancelled });
		})
};
