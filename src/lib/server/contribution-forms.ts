import { fail, type RequestEvent } from '@sveltejs/kit';
import { searchExperiences } from '$core/matching';
import type { Locale } from '$i18n/format';
import { ctxFor } from './context';
import { formFieldsWithLists, readForm } from './forms';
import { formFailure } from './http-errors';

/** The fields of the contribution form that carry several values. */
export const CONTRIBUTION_LISTS = ['experienceIds', 'contentWarnings'] as const;

/** Values to show the form again with: every field whole (texts run to 20,000 characters), lists kept. */
function echo(form: FormData | undefined) {
	const values: Record<string, string> = {};
	const lists: Record<string, string[]> = {};
	if (!form) return { values, lists };
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		if ((CONTRIBUTION_LISTS as readonly string[]).includes(key)) (lists[key] ??= []).push(value);
		else values[key] = value.slice(0, 25_000);
	}
	return { values, lists };
}

/**
 * Runs a contribution form's action with its fields (lists as arrays). A failure shows the form again with
 * everything typed, whole; what the action returns passes through (a redirect or a `settled` outcome).
 */
export async function runContributionForm<T>(
	event: RequestEvent,
	action: (fields: Record<string, string | string[]>) => Promise<T>
) {
	let form: FormData | undefined;
	try {
		form = await readForm(event.request);
		return await action(formFieldsWithLists(form, CONTRIBUTION_LISTS));
	} catch (error) {
		const failure = formFailure(error, event.locals.locale, form);
		return fail(failure.status, { ...failure.data, ...echo(form) });
	}
}

/**
 * The experience picker's search inside the contribution form (a POST, so the text being written never
 * goes into an address): the form comes back with what was typed and what the search found; nothing saved.
 */
export async function searchInContributionForm(event: RequestEvent) {
	let form: FormData | undefined;
	try {
		form = await readForm(event.request);
		formFieldsWithLists(form, CONTRIBUTION_LISTS); // refuses a NUL character anywhere (400)
	} catch (error) {
		return formFailure(error, event.locals.locale);
	}
	const { values, lists } = echo(form);
	const query = (values.q ?? '').trim().slice(0, 100);
	const locale: Locale = event.locals.locale;
	const results = query ? await searchExperiences(ctxFor(event), { query, locale }) : null;
	return { searched: true as const, query, results, values, lists };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The contribution id in what a person pasted (its page's address, or the id itself). */
export const contributionIdIn = (text: string | undefined) => UUID.exec(text ?? '')?.[0] ?? text ?? '';
