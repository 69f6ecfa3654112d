import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '$core/shared';
import { formFailure } from './http-errors';
import { bodyReadError } from './request-body';

/** Reads a form body; a malformed one is the sender's mistake (400), a too long one 413, never a 500. */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (error) {
		throw bodyReadError(error, new DomainError('INVALID'));
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

// What a browser may drop, fold or read differently in a Location header, so that a path that looks local
// leaves the site: controls (tab, CR, LF: `/\t/evil.example` becomes `//evil.example`), format and other
// invisible characters (U+200B, U+202E, U+3164...) and separators other than the plain space.
const INVISIBLE =
	/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Default_Ignorable_Code_Point}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const MAX_REDIRECT_LENGTH = 2000;

/** One path of this site: a single leading '/', not '//' nor '/\' (browsers read '\' as '/'). */
function startsAsLocalPath(path: string): boolean {
	return path.startsWith('/') && path[1] !== '/' && path[1] !== '\\';
}

/**
 * True when a value, as typed and once percent-decoded (up to three times: `/%2509/` hides a tab twice),
 * is a plain local path. As typed, it may hold no space or backslash at all.
 */
function looksLocal(value: string): boolean {
	if (/[\s\\]/.test(value)) return false;
	let layer = value;
	for (let depth = 0; depth < 4; depth++) {
		if (!startsAsLocalPath(layer) || INVISIBLE.test(layer)) return false;
		let decoded: string;
		try {
			decoded = decodeURIComponent(layer);
		} catch {
			return true; // a malformed escape stays as typed in browsers: nothing further hides behind it
		}
		if (decoded === layer) return true;
		layer = decoded;
	}
	return false;
}

/**
 * Where to go after sign-in, sign-up or a language change: only a path of this site. The value must start
 * with a single '/', hold no control or invisible character (nor hide one behind percent-encoding), and
 * resolve against the site's own origin to that same origin; anything else gives `fallback`. The result
 * is the normalised path, printable ASCII only, so it is always a valid Location header.
 */
export function safeRedirectTarget(value: string | null | undefined, origin: string, fallback = '/'): string {
	if (!value || value.length > MAX_REDIRECT_LENGTH || !looksLocal(value)) return fallback;
	let own: URL;
	let target: URL;
	try {
		own = new URL(origin);
		target = new URL(value, own);
	} catch {
		return fallback;
	}
	if (target.origin !== own.origin) return fallback;
	const path = target.pathname + target.search + target.hash;
	return /^\/(?![/\\])[\x21-\x7e]*$/.test(path) && path.length <= MAX_REDIRECT_LENGTH ? path : fallback;
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
