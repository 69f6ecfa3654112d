import {
	answerQuoteConsent,
	getKnowledgePreferences,
	listQuoteRequests,
	myContributions,
	setKnowledgePreferences
} from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFieldsWithLists, readForm, runFormAction } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	try {
		const [contributions, preferences, quoteRequests] = await Promise.all([
			myContributions(ctx),
			getKnowledgePreferences(ctx),
			listQuoteRequests(ctx)
		]);
		return { contributions, preferences, quoteRequests };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	topics: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { hiddenTopics } = formFieldsWithLists(form, ['hiddenTopics']);
			await setKnowledgePreferences(ctxFor(event), { hiddenTopics: hiddenTopics as never });
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
		return settled(event, { topicsSaved: true }, 'topics');
	},
	answer: (event) =>
		runFormAction(event, async (fields) => {
			await answerQuoteConsent(ctxFor(event), {
				consentId: fields.consentId ?? '',
				decision: fields.decision as never
			});
			return settled(event, { answered: true }, 'quotes');
		})
};
