import { currentLocale, t } from '$lib/i18n';
import { readableSlots } from '$core/matching/weekly-time';

// Literal keys, so the catalogue can be split per page by reading the source.
const DAY = {
	mon: 'day.mon',
	tue: 'day.tue',
	wed: 'day.wed',
	thu: 'day.thu',
	fri: 'day.fri',
	sat: 'day.sat',
	sun: 'day.sun'
} as const;

const englishClock = new Intl.DateTimeFormat('en-GB', {
	hour: 'numeric',
	minute: '2-digit',
	hour12: true,
	timeZone: 'UTC'
});

/** "18 h", "18 h 30" in French; "6 pm", "6:30 pm" in English (minutes after midnight). */
function clock(minutes: number): string {
	const hours = Math.floor(minutes / 60) % 24;
	const rest = minutes % 60;
	if (currentLocale() === 'fr')
		return `${hours}\u00a0h${rest ? `\u00a0${String(rest).padStart(2, '0')}` : ''}`;
	return englishClock
		.format(Date.UTC(2024, 0, 1, hours, rest))
		.replace(':00', '')
		.replace(/\s/g, '\u00a0');
}

/** Weekly slots in words, Monday first, touching slots of a day joined: "le lundi de 18 h à 22 h". */
export function availabilityWords(slots: readonly string[]): string[] {
	return readableSlots(slots).map((slot) =>
		t('availability.slot', { day: t(DAY[slot.day]), start: clock(slot.start), end: clock(slot.end) })
	);
}

export { DAY };
