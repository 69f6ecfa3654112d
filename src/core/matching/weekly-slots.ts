import { z } from 'zod';
import { WEEK_DAYS } from './offer-vocabulary';

/**
 * Weekly slots such as "mon-14:00-18:00", shared by a supporter's availability and an organisation's
 * on-duty contacts. An end at or before the start runs past midnight ("fri-22:00-02:00").
 */
export type WeekDay = (typeof WEEK_DAYS)[number];

export interface WeeklySlot {
	day: WeekDay;
	/** Minutes after midnight. */
	start: number;
	end: number;
}

const SLOT_PATTERN = new RegExp(
	`^(${WEEK_DAYS.join('|')})-([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)$`
);

/** A slot string, checked; `message` is the catalogue key shown on the field. */
export const weeklySlot = (message: string) => z.string().trim().regex(SLOT_PATTERN, message);

/** The parts of a slot string, or null when it is not one. */
export function parseWeeklySlot(value: string): WeeklySlot | null {
	const match = SLOT_PATTERN.exec(value.trim());
	if (!match) return null;
	const [, day, startHour, startMinute, endHour, endMinute] = match;
	return {
		day: day as WeekDay,
		start: Number(startHour) * 60 + Number(startMinute),
		end: Number(endHour) * 60 + Number(endMinute)
	};
}
