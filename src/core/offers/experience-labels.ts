import { inArray } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { experiences } from '../../db/schema';

/** French and English labels of the given experience ids (as renamed locally, if they were). */
export async function experienceLabels(db: DatabaseOrTransaction, ids: string[]) {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return {};
	const rows = await db
		.select({ id: experiences.id, fr: experiences.labelFr, en: experiences.labelEn })
		.from(experiences)
		.where(inArray(experiences.id, unique));
	return Object.fromEntries(rows.map((row) => [row.id, { fr: row.fr, en: row.en }]));
}
