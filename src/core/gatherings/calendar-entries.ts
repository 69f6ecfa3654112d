import ical, { ICalEventStatus } from 'ical-generator';
import { translate, type Locale } from '../../i18n';
import type { SessionMode } from './vocabulary';

/**
 * What a calendar shows of one occurrence for one person. `meetingLink` and `phoneNumber` are filled by the
 * caller only when that person holds a confirmed place: this file writes what it is given.
 */
export interface CalendarEntry {
	occurrenceId: string;
	startsAt: Date;
	endsAt: Date;
	cancelled: boolean;
	groupTitle: string;
	organisationName: string;
	mode: SessionMode;
	address: string | null;
	meetingLink: string | null;
	phoneNumber: string | null;
}

export interface CalendarOptions {
	locale: Locale;
	/** Neutral titles: "Rendez-vous", no organisation or group name, no address, no link or number. */
	discreet: boolean;
	siteUrl: string;
	/** DTSTAMP of every event (the clock's now, so tests are deterministic). */
	now: Date;
	name?: string;
}

/** The UID of an occurrence: stable, so a calendar updates the event instead of adding a second one. */
export const occurrenceUid = (occurrenceId: string) => `seance-${occurrenceId}@entrepairs`;

function describe(entry: CalendarEntry, options: CalendarOptions, url: string): string {
	const { locale } = options;
	if (options.discreet) return translate(locale, 'calendars.ics.discreetDescription', { url });
	const lines = [entry.organisationName, translate(locale, `calendars.mode.${entry.mode}`)];
	if (entry.meetingLink) lines.push(translate(locale, 'calendars.ics.link', { link: entry.meetingLink }));
	if (entry.phoneNumber) lines.push(translate(locale, 'calendars.ics.phone', { phone: entry.phoneNumber }));
	lines.push(url);
	return lines.join('\n');
}

function locationOf(entry: CalendarEntry, discreet: boolean): string | null {
	if (discreet) return null;
	if (entry.mode === 'in_person') return entry.address;
	return entry.meetingLink ?? entry.phoneNumber ?? null;
}

/**
 * An iCalendar (RFC 5545, written by ical-generator) of the given occurrences. Times are UTC instants
 * ("…Z"), so a calendar in any time zone shows the hour the session was set in, daylight saving included.
 */
export function buildCalendar(entries: CalendarEntry[], options: CalendarOptions): string {
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	const calendar = ical({
		name: options.name ?? translate(options.locale, 'calendars.ics.name'),
		prodId: { company: 'Entrepairs', product: 'Entrepairs', language: options.locale.toUpperCase() }
	});
	for (const entry of entries) {
		const url = `${siteUrl}/seances/${entry.occurrenceId}`;
		calendar.createEvent({
			id: occurrenceUid(entry.occurrenceId),
			start: entry.startsAt,
			end: entry.endsAt,
			stamp: options.now,
			summary: options.discreet ? translate(options.locale, 'calendars.ics.discreetTitle') : entry.groupTitle,
			description: describe(entry, options, url),
			location: locationOf(entry, options.discreet),
			url,
			status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}
