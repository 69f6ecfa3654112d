import { addModerationNote, assignReport, decideReport, reportDetail } from '$core/moderation';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		return await reportDetail(ctxFor(event), { reportId: event.params.reportId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	assign: async (event) => {
		try {
			const { assignee } = formFields(await readForm(event.request));
			await assignReport(ctxFor(event), { reportId: event.params.reportId, assignee: assignee as 'me' });
			return settled(event, { assigned: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	note: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { body } = formFields(form);
			await addModerationNote(ctxFor(event), { reportId: event.params.reportId, body: body ?? '' });
			return settled(event, { noted: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	decide: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const fields = formFields(form);
			await decideReport(ctxFor(event), {
				reportId: event.params.reportId,
				action: (fields.action ?? '') as 'warn',
				ground: (fields.ground ?? '') as 'other',
				statement: fields.statement ?? '',
				suspendDays: fields.action === 'suspend' ? (fields.suspendDays as unknown as number) : undefined
			});
			return settled(event, { decided: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	}
};
