import { occurrenceCalendar } from '$core/gatherings';
import { calendarRefusal, calendarResponse } from '$lib/server/calendar-responses';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The .ics file of one occurrence (signed in; NOT_FOUND for a group one may not see). */
export const GET: RequestHandler = async (event) => {
	try {
		const { filename, body } = await occurrenceCalendar(
			ctxFor(event),
			{ occurrenceId: event.params.occurrenceId },
			{ locale: event.locals.locale, siteUrl: event.url.origin }
		);
		return calendarResponse(body, filename);
	} catch (error) {
		return calendarRefusal(error);
	}
};
