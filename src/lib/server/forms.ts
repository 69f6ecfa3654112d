import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '$core/shared';
import { formFailure } from './http-errors';

/** Reads a form body; a malformed one is the sender's mistake (400), never a 500. */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		throw new DomainError('INVALID');
	}
}

/** PostgreSQL text cannot hold a NUL character: no field may carry one. */
export function assertNoNulCharacter(value: string, field: string): void {
	if (value.includes('\u0000'))
		throw new DomainError('INVALID', 'error.invalid', [{ field, message: 'validation.invalid' }]);
}

/** Form fields as plain strings (first value wins; files are ignored), ready for a use case's schema. */
export function formFields(form: FormData): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		assertNoNulCharacter(key + value, key);
		if (!(key in fields)) fields[key] = value;
	}
	return fields;
}

/**
 * Form fields like `formFields`, except that the named ones keep every value (checkbox groups, multiple
 * selects) as an array, ready for a schema that expects a list.
 */
export function formFieldsWithLists(
	form: FormData,
	lists: readonly string[]
): Record<string, string | string[]> {
	const fields: Record<string, string | string[]> = formFields(form);
	for (const name of lists) {
		fields[name] = form.getAll(name).filter((value): value is string => typeof value === 'string');
	}
	return fields;
}

/** Only same-site relative paths are followed after sign-in, so a link cannot send people elsewhere. */
export function safeRedirectTarget(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value.slice(0, 500);
}

/**
 * A form action on the submitted fields: whatever it throws becomes the localised form failure, with the
 * values sent echoed back (passwords excepted), so the page shows the error beside the field.
 */
export async function runFormAction<T>(
	event: RequestEvent,
	action: (fields: Record<string, string>) => Promise<T>
) {
	let form: FormData | undefined;
	try {
		form = await readForm(event.request);
		return await action(formFields(form));
	} catch (error) {
		return formFailure(error, event.locals.locale, form);
	}
}
