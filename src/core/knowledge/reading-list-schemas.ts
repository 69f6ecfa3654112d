import { z } from 'zod';
import { slugField, uuidField } from '../organisations/schemas';
import { KNOWLEDGE_AUDIENCES, LIMITS } from './vocabulary';

export { slugField, uuidField };

/** What a coordinator writes about a reading list. */
export const ReadingListFieldsSchema = z.object({
	title: z
		.string()
		.trim()
		.min(3, 'validation.readingLists.title')
		.max(LIMITS.readingListTitle, 'validation.readingLists.title'),
	introduction: z
		.string()
		.trim()
		.max(LIMITS.readingListIntroduction, 'validation.tooLong')
		.optional()
		.default(''),
	audience: z.enum(KNOWLEDGE_AUDIENCES, 'validation.readingLists.audience')
});

export const ITEM_NOTE_LIMIT = 300;
