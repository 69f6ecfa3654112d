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

/**
 * An explicit yes or no: a boolean from JSON, "true"/"false" (or "on") from a form's hidden field. Anything
 * else, including nothing, is invalid: a protective switch (a supporter's pause) must never flip by accident.
 */
export const yesNo = z.preprocess(
	(value) =>
		value === true || value === 'true' || value === 'on'
			? true
			: value === false || value === 'false'
				? false
				: value,
	z.boolean('validation.invalid')
);

/** A whole number from JSON or a form field; never from a boolean or a blank string. */
export const wholeNumber = (message: string) =>
	z.preprocess(
		(value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
		z.number(message).int(message)
	);

/** Optional free text that becomes null when empty. */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'validation.tooLong')
		.optional()
		.transform((value) => value || null);
