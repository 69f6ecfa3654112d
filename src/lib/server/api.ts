import { json, type RequestEvent } from '@sveltejs/kit';
import { DomainError } from '$core/shared';
import { problemResponse } from './http-errors';
import { bodyReadError, jsonDepth, MAX_JSON_DEPTH } from './request-body';

const invalidBody = (messageKey = 'error.invalid', fieldMessage = 'validation.invalid') =>
	new DomainError('INVALID', messageKey, [{ field: 'body', message: fieldMessage }]);

/**
 * Reads a JSON object body, the one reader of every API endpoint: anything else is a 400/413/415 problem,
 * never a 500. Nesting is measured on the text before parsing, since deep JSON overflows the stack of
 * whatever walks it afterwards (serialising, validating).
 */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	// Requiring JSON also keeps cross-site form posts out: browsers cannot send it without a CORS preflight.
	if (!/^application\/(.+\+)?json\b/i.test(type)) throw invalidBody();
	let text: string;
	try {
		text = await request.text();
	} catch (error) {
		throw bodyReadError(error, invalidBody());
	}
	if (jsonDepth(text) > MAX_JSON_DEPTH) throw invalidBody('error.jsonTooDeep', 'validation.jsonTooDeep');
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		throw invalidBody();
	}
	// PostgreSQL text cannot hold NUL (JSON escapes it as \u0000 when re-serialised).
	if (
		body === null ||
		typeof body !== 'object' ||
		Array.isArray(body) ||
		JSON.stringify(body).includes('\\u0000')
	) {
		throw invalidBody();
	}
	return body as Record<string, unknown>;
}

/** Runs an API handler: its result becomes JSON, domain errors become RFC 9457 problems. */
export async function apiResponse(
	event: RequestEvent,
	handler: () => Promise<unknown>,
	status = 200
): Promise<Response> {
	try {
		const result = await handler();
		if (result instanceof Response) return result;
		if (result === undefined) return new Response(null, { status: 204 });
		return json(result, { status });
	} catch (error) {
		return problemResponse(error, event.locals.locale);
	}
}
