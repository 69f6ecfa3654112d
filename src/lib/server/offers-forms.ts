import type { RequestEvent } from '@sveltejs/kit';
import { formFieldsWithLists, readForm } from './forms';
import { formFailure } from './http-errors';

/**
 * A form action over fields where the named ones are lists (checkbox groups): like runFormAction, its
 * failures become the localised form failure with the values echoed back.
 */
export async function runListFormAction<T>(
	event: RequestEvent,
	lists: readonly string[],
	action: (fields: Record<string, string | string[]>) => Promise<T>
) {
	let form: FormData | undefined;
	try {
		form = await readForm(event.request);
		return await action(formFieldsWithLists(form, lists));
	} catch (error) {
		return formFailure(error, event.locals.locale, form);
	}
}
