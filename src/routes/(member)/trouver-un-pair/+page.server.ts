import { redirect } from '@sveltejs/kit';
import {
	createHelpRequest,
	decideContactRequest,
	mySupport,
	requestResumption,
	searchExperiences,
	viewProfile
} from '$core/matching';
import { hasPlan } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { formFields, formFieldsWithLists, readForm } from '$lib/server/forms';
import { settled } from '$lib/server/flash';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

/**
 * Two steps, each a plain form: first the experiences (a GET form: searching re-renders the page with what
 * is ticked kept in the address), then how to talk (the POST that creates the request). Hopes are never in
 * an address: only experience ids and the search words are.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const locale = event.locals.locale;
	const { query, choiceInUrl, chosenInUrl, wantsDetails } = readChoice(event.url);
	try {
		const [support, options, profile, results, planWritten] = await Promise.all([
			mySupport(ctx),
			searchExperiences(ctx, { locale }),
			viewProfile(ctx, { accountId: event.locals.actor!.accountId, locale }),
			query ? searchExperiences(ctx, { query, locale }) : null,
			// The crisis panel (hopes that may signal distress) offers the person's own plan when there is one.
			hasPlan(ctx)
		]);
		const known = new Set(options.map((option) => option.id));
		const profileIds = profile.experiences.map((entry) => entry.experienceId);
		// The request starts from what the person already wrote on their profile, until they choose.
		const chosen = (choiceInUrl ? chosenInUrl : profileIds).filter((id) => known.has(id));
		return {
			support,
			options,
			profileIds,
			query,
			results,
			chosen,
			step: wantsDetails && chosen.length > 0 ? ('details' as const) : ('experiences' as const),
			noneChosen: wantsDetails && chosen.length === 0,
			hasPlan: planWritten
		};
	} catch (error) {
		pageError(error, locale);
	}
};

/** What the address says of the experience step: the search words, what is ticked, "continue". */
function readChoice(url: URL) {
	return {
		query: (url.searchParams.get('q') ?? '').trim().slice(0, 100),
		choiceInUrl: url.searchParams.has('choix'),
		chosenInUrl: [...new Set(url.searchParams.getAll('experienceIds'))].slice(0, 100),
		wantsDetails: url.searchParams.has('suite')
	};
}

export const actions: Actions = {
	request: async (event) => {
		let form: FormData | undefined;
		let created: { id: string; crisisLanguage: boolean };
		try {
			form = await readForm(event.request);
			const fields = formFieldsWithLists(form, ['experienceIds', 'formats', 'availability']);
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
			return settled(event, { withdrawn: true }, 'contacts');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	resume: async (event) => {
		try {
			const { supporterId } = formFields(await readForm(event.request));
			await requestResumption(ctxFor(event), { supporterId: supporterId ?? '' });
			return settled(event, { resumed: true }, 'accompaniments');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
