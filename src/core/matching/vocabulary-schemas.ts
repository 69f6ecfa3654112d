import { z } from 'zod';

/** A vocabulary label: short, in the words people use. */
export const experienceLabel = z
	.string('validation.required')
	.trim()
	.min(2, 'validation.experienceLabel')
	.max(80, 'validation.experienceLabel');

/** Synonyms typed as a comma-separated list (forms) or given as an array (API); lower-cased, deduplicated. */
export const synonymList = z
	.union([
		z.string().max(1000, 'validation.tooLong'),
		z.array(z.string().max(80, 'validation.tooLong')).max(30)
	])
	.optional()
	.transform((value) => {
		const items = typeof value === 'string' ? value.split(',') : (value ?? []);
		return [...new Set(items.map((item) => item.trim().toLowerCase()).filter(Boolean))].slice(0, 30);
	});

export const experienceId = z
	.string('validation.experience')
	.trim()
	.min(1, 'validation.experience')
	.max(200, 'validation.experience');
