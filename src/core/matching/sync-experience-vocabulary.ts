import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { experiences } from '../../db/schema';
import { EXPERIENCE_VOCABULARY } from './experience-vocabulary';

/**
 * Brings the shipped vocabulary into the database at start-up: new entries are added, shipped labels and
 * synonyms refreshed. Entries added on this instance are left alone. Branches first, for the tree.
 */
export async function syncExperienceVocabulary(db: DatabaseOrTransaction): Promise<number> {
	const ordered = [...EXPERIENCE_VOCABULARY].sort(
		(a, b) => Number(a.parentId !== null) - Number(b.parentId !== null)
	);
	await db
		.insert(experiences)
		.values(ordered.map((entry) => ({ ...entry, status: 'approved' })))
		.onConflictDoUpdate({
			target: experiences.id,
			set: {
				parentId: sql`excluded.parent_id`,
				labelFr: sql`excluded.label_fr`,
				labelEn: sql`excluded.label_en`,
				synonyms: sql`excluded.synonyms`
			}
		});
	return ordered.length;
}
