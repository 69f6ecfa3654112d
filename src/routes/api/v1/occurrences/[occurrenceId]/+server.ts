import { cancelOccurrence, changeOccurrence, getOccurrence } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** One occurrence; the meeting link and phone number only for people confirmed and facilitators. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getOccurrence(ctxFor(event), { occurrenceId: event.params.occurrenceId }));

/** Cancels this occurrence only (facilitators), with an optional `reason` in a JSON body. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const hasBody = (event.request.headers.get('content-length') ?? '0') !== '0';
		const body = hasBody ? await readJson(event.request) : {};
		return cancelOccurrence(ctxFor(event), {
			reason: body.reason as string | undefined,
			occurrenceId: event.params.occurrenceId
		});
	});

/**
 * Changes this occurrence only (facilitators): `date`, `time` (the schedule's wall clock), `durationMinutes`,
 * and the place, accessibility, link or phone of its mode. People registered or waiting are told.
 */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return changeOccurrence(ctxFor(event), {
			...(body as object),
			occurrenceId: event.params.occurrenceId
		} as Parameters<typeof changeOccurrence>[1]);
	});
