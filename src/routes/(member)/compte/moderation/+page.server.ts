import { fileAppeal, myModerationRecord } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		return await myModerationRecord(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	/** One form per decision: `decisionId` and the person's words. */
	appeal: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { decisionId, reason } = formFields(form);
			const appeal = await fileAppeal(ctxFor(event), { decisionId: decisionId ?? '', reason: reason ?? '' });
			return settled(event, { appealed: appeal.decisionId });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
