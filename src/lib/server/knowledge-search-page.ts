import type { RequestEvent } from '@sveltejs/kit';
import { searchKnowledge, type KnowledgeSearch } from '$core/knowledge';
import { searchExperiences } from '$core/matching';
import { isDomainError } from '$core/shared';
import { translate } from '$i18n';
import { ctxFor } from '$lib/server/context';

const FILTERS = ['q', 'experience', 'form', 'minConfirmations', 'easyRead', 'language', 'page'] as const;

/**
 * What a knowledge search page shows (the public /savoirs and the members' live search): the GET form's
 * values from the address, the results of the one search use case, or the error to summarise.
 */
export async function loadKnowledgeSearch(event: RequestEvent) {
	const ctx = ctxFor(event);
	const values = Object.fromEntries(FILTERS.map((name) => [name, event.url.searchParams.get(name) ?? '']));
	const experiences = await searchExperiences(ctx, { locale: event.locals.locale });
	let search: KnowledgeSearch | null = null;
	let failure: { message: string; fields: Record<string, string> } | null = null;
	try {
		// Empty fields are left out: an empty filter is no filter.
		search = await searchKnowledge(
			ctx,
			Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''))
		);
	} catch (error) {
		if (!isDomainError(error) || error.code !== 'INVALID') throw error;
		const locale = event.locals.locale;
		failure = {
			message: translate(locale, error.messageKey),
			fields: Object.fromEntries(error.fields.map((field) => [field.field, translate(locale, field.message)]))
		};
	}
	return { values, search, failure, experiences, signedIn: event.locals.actor !== null };
}
