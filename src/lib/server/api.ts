import { json, type RequestEvent } from '@sveltejs/kit';
import { DomainError } from '$core/shared';
import { problemResponse } from './http-errors';

/** Reads a JSON object body; anything else is a 400/415 problem, never a 500. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	// Requiring JSON also keeps cross-site form posts out: browsers cannot send it without a CORS preflight.
	if (!/^application\/(.+\+)?json\b/i.test(type))
		throw new DomainError('INVALID', 'error.invalid', [{ field: 'body', message: 'validation.invalid' }]);
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw new DomainError('INVALID', 'error.invalid', [{ field: 'body', message: 'validation.invalid' }]);
	}
	// PostgreSQL text cannot hold NUL (JSON escapes it as \u0000 when re-serialised).
	if (
		body === null ||
		typeof body !== 'object' ||
		Array.isArray(body) ||
		JSON.stringify(body).includes('\\u0000')
	) {
		throw new DomainError('INVALID', 'error.invalid', [{ field: 'body', message: 'validation.invalid' }]);
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
