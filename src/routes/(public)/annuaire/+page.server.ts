import { searchDirectory } from '$core/directory';
import { searchExperiences } from '$core/matching';
import { isDomainError } from '$core/shared';
import { translate } from '$i18n';
import { ctxFor } from '$lib/server/context';
import type { PageServerLoad } from './$types';

const FIELDS = ['theme', 'place', 'radius', 'serviceKind', 'organisationKind', 'format', 'page'] as const;

/** The directory's search is a GET form: the address holds the query, and it works without JavaScript. */
export const load: PageServerLoad = async (event) => {
	const ctx = ctxFor(event);
	const params = event.url.searchParams;
	const values = Object.fromEntries(FIELDS.map((name) => [name, params.get(name) ?? '']));
	const accessibility = params.getAll('accessibility');
	const experiences = await searchExperiences(ctx, { locale: event.locals.locale });
	let failure: { message: string; fields: Record<string, string> } | null = null;
	let search = null;
	try {
		search = await searchDirectory(ctx, {
			...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')),
			accessibility: accessibility as never
		});
	} catch (error) {
		if (!isDomainError(error) || error.code !== 'INVALID') throw error;
		const locale = event.locals.locale;
		failure = {
			message: translate(locale, error.messageKey),
			fields: Object.fromEntries(error.fields.map((field) => [field.field, translate(locale, field.message)]))
		};
	}
	return { values, accessibility, search, failure, experiences, origin: event.url.origin };
};
