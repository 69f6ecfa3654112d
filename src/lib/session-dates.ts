import { currentLocale } from '$lib/i18n';
import type { Locale } from '$i18n/format';

// Weekday dates for sessions ("mardi 8 décembre 2026"), in Paris time. Built once per locale: a programme
// formats one per day and per session.
const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formats = (options: Intl.DateTimeFormatOptions) =>
	Object.fromEntries(
		Object.entries(TAGS).map(([locale, tag]) => [locale, new Intl.DateTimeFormat(tag, options)])
	) as Record<Locale, Intl.DateTimeFormat>;
const WEEKDAY_DATE = formats({
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Paris'
});
const DAY_HEADING = formats({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "mardi 8 décembre 2026" for an instant, in Paris. */
export function weekdayDate(value: Date | string): string {
	return WEEKDAY_DATE[currentLocale()].format(new Date(value));
}

/** "mardi 8 décembre" for a programme day written '2026-12-08' (already a Paris date). */
export function dayHeading(day: string): string {
	return DAY_HEADING[currentLocale()].format(new Date(`${day}T12:00:00Z`));
}
