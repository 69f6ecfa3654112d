import { z } from 'zod';

/** A repeated form field (checkboxes, multi-select) or a JSON array: one value arrives as a string. */
export const list = <T extends z.ZodType>(item: T, message: string, min: number, max: number) =>
	z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(item, message).min(min, message).max(max, message)
	);

/** A checkbox: "on" from an HTML form, true from JSON. */
export const checkbox = z.preprocess(
	(value) => value === true || value === 'on' || value === 'true',
	z.boolean()
);

/** Optional free text that becomes null when empty. */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'validation.tooLong')
		.optional()
		.transform((value) => value || null);
