import { redirect } from '@sveltejs/kit';
import {
	createHelpRequest,
	decideContactRequest,
	mySupport,
	requestResumption,
	searchExperiences,
	viewProfile
} from '$core/matching';
import { ctxFor } from '$lib/server/context';
import { formFields, formFieldsWithLists, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	try {
		const [support, options, profile] = await Promise.all([
			mySupport(ctx),
			searchExperiences(ctx, { locale }),
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, locale })
		]);
		// The request starts from what the person already wrote on their profile.
		return { support, options, ownExperienceIds: profile.experiences.map((entry) => entry.experienceId) };
	} catch (error) {
		pageError(error, locale);
	}
};

export const actions: Actions = {
	request: async (event) => {
		let form: FormData | undefined;
		let created: { id: string; crisisLanguage: boolean };
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, ['experienceIds', 'formats']);
			created = await createHelpRequest(ctxFor(event), fields as Parameters<typeof createHelpRequest>[1]);
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		// Words that may signal a crisis: the matches page opens with the crisis lines, for this person only.
		redirect(303, `/trouver-un-pair/${created.id}${created.crisisLanguage ? '?soutien' : ''}`);
	},
	withdraw: async (event) => {
		try {
			const { contactRequestId } = formFields(await readForm(event.request));
			await decideContactRequest(ctxFor(event), {
				contactRequestId: contactRequestId ?? '',
				decision: 'withdraw'
			});
			return { withdrawn: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	resume: async (event) => {
		try {
			const { supporterId } = formFields(await readForm(event.request));
			await requestResumption(ctxFor(event), { supporterId: supporterId ?? '' });
			return { resumed: true as const };
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
