import { error as kitError, fail, type ActionFailure } from '@sveltejs/kit';
import { DomainError, isDomainError, type ErrorCode } from '$core/shared';
import { translate, type Locale } from '$i18n';
import { currentMessageVariant } from './message-variant';

/** The one mapping from domain error codes to HTTP statuses. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
	INVALID: 400,
	UNAUTHENTICATED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	RATE_LIMITED: 429,
	PAYLOAD_TOO_LARGE: 413
};

export interface FormErrors {
	message: string;
	fields: Record<string, string>;
	/** The values typed, echoed back so nothing is lost (never passwords). */
	values: Record<string, string>;
}

function localise(error: DomainError, locale: Locale) {
	// Pages in easy-read get their errors in easy-read too (the request's wording).
	const variant = currentMessageVariant();
	const message = translate(
		locale,
		error.messageKey,
		{ seconds: error.retryAfterSeconds ?? 0, ...error.params },
		variant
	);
	const fields = Object.fromEntries(
		error.fields.map((problem) => [problem.field, translate(locale, problem.message, {}, variant)])
	);
	return { message, fields };
}

/** Turns a domain error from a form action into a localised form failure; rethrows anything else. */
export function formFailure(error: unknown, locale: Locale, form?: FormData): ActionFailure<FormErrors> {
	if (!isDomainError(error)) throw error;
	const values: Record<string, string> = {};
	for (const [key, value] of form?.entries() ?? []) {
		if (typeof value === 'string' && !/password/i.test(key)) values[key] = value.slice(0, 5000);
	}
	return fail(STATUS_BY_CODE[error.code], { ...localise(error, locale), values });
}

/** RFC 9457 problem details for the JSON API. */
export function problemResponse(error: unknown, locale: Locale): Response {
	if (!isDomainError(error)) throw error;
	const { message, fields } = localise(error, locale);
	const status = STATUS_BY_CODE[error.code];
	const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
	if (error.retryAfterSeconds) headers['retry-after'] = String(error.retryAfterSeconds);
	const body = {
		type: `https://entrepairs.org/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
		title: message,
		status,
		code: error.code,
		...(error.fields.length
			? { errors: error.fields.map((problem) => ({ field: problem.field, detail: fields[problem.field] })) }
			: {})
	};
	return new Response(JSON.stringify(body), { status, headers });
}

export function problem(code: ErrorCode, locale: Locale): Response {
	return problemResponse(new DomainError(code), locale);
}

/** For page loads: a domain error becomes the friendly error page with the right status. */
export function pageError(caught: unknown, locale: Locale): never {
	if (!isDomainError(caught)) throw caught;
	kitError(STATUS_BY_CODE[caught.code], translate(locale, caught.messageKey, {}, currentMessageVariant()));
}
