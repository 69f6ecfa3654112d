import { formatTime, isLocale, type Locale } from '../../i18n/format';
import { translate } from '../../i18n';
import type { Email } from '../notifications/mailer';
import type { SessionMode } from './vocabulary';

// Built once (STYLE 18): the hour and minutes of a session in Paris, for "18 h" / "18 h 30".
const PARIS_HOUR = new Intl.DateTimeFormat('fr-FR', {
	hour: 'numeric',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/Paris'
});

/** "18 h", "18 h 30" in French; "18:30" in English (the instance's time zone). */
export function reminderTime(locale: Locale, at: Date): string {
	if (locale !== 'fr') return formatTime(locale, at);
	const parts = PARIS_HOUR.formatToParts(at);
	const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
	const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
	return minute === '00' ? `${Number(hour)}\u00a0h` : `${Number(hour)}\u00a0h\u00a0${minute}`;
}

export interface ReminderFacts {
	to: string;
	locale: string;
	discreet: boolean;
	occurrenceId: string;
	startsAt: Date;
	groupTitle: string;
	mode: SessionMode;
	address: string | null;
}

/**
 * The reminder the day before a session, in the person's language. Discreet: one neutral sentence ("Rappel :
 * rendez-vous demain à 18 h") with no group, organisation or place. Otherwise the group's title, the time and
 * where (the address, or "en ligne" / "par téléphone": the link and number stay on the session's page).
 */
export function reminderEmail(facts: ReminderFacts, siteUrl: string): Email {
	const locale = isLocale(facts.locale) ? facts.locale : 'fr';
	const time = reminderTime(locale, facts.startsAt);
	const url = `${siteUrl.replace(/\/+$/, '')}/seances/${facts.occurrenceId}`;
	if (facts.discreet) {
		return {
			to: facts.to,
			subject: translate(locale, 'calendars.reminder.discreet.subject', { time }),
			text: translate(locale, 'calendars.reminder.discreet.body', { time, url })
		};
	}
	const place =
		facts.mode === 'in_person' && facts.address
			? facts.address
			: translate(locale, `calendars.mode.${facts.mode}`);
	return {
		to: facts.to,
		subject: translate(locale, 'calendars.reminder.subject', { title: facts.groupTitle, time }),
		text: translate(locale, 'calendars.reminder.body', { title: facts.groupTitle, time, place, url })
	};
}
