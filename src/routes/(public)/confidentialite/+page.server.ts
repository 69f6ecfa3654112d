import { RECOVERY_LINK_MINUTES, SESSION_LIFETIME_DAYS } from '$core/accounts';
import { DECIDED_REPORT_MONTHS, HELP_REQUEST_OPEN_DAYS, STAFF_ACCESS_LOG_MONTHS } from '$core/retention';
import type { PageServerLoad } from './$types';

// The durations come from the code that applies them, so the page cannot drift from it.
export const load: PageServerLoad = () => ({
	sessionDays: SESSION_LIFETIME_DAYS,
	linkMinutes: RECOVERY_LINK_MINUTES,
	helpRequestChoices: HELP_REQUEST_OPEN_DAYS.join(', '),
	reportMonths: DECIDED_REPORT_MONTHS,
	accessLogMonths: STAFF_ACCESS_LOG_MONTHS
});
