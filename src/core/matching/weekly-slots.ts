import { z } from 'zod';
import { SLOT_PATTERN } from './weekly-time';

export * from './weekly-time';

/**
 * A list of weekly slots (checkboxes of the weekly form, or a JSON array), trimmed and each kept once. A
 * wrong slot is reported on the list itself, so the form shows the message beside the week, not on a slot.
 */
export const weeklySlotList = (message: string, max: number) =>
	z
		.preprocess(
			(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
			z.array(z.string(message), message).max(max, message)
		)
		.refine((slots) => slots.every((slot) => SLOT_PATTERN.test(slot.trim())), message)
		.optional()
		.transform((slots) => [...new Set((slots ?? []).map((slot) => slot.trim()))]);
