import { sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { experiences } from '../../db/schema';
import { EXPERIENCE_VOCABULARY } from './experience-vocabulary';

/**
 * Brings the shipped vocabulary into the database at start-up: new entries are added, shipped labels and
 * synonyms refreshed. What this instance decided is left alone: entries added here, entries an admin
 * renamed (or whose leaves moved in a merge), and merged entries. A new shipped leaf under a branch merged
 * here goes under the branch it was merged into. Branches first, for the tree.
 */
export async function syncExperienceVocabulary(db: DatabaseOrTransaction): Promise<number> {
	const ordered = [...EXPERIENCE_VOCABULARY].sort(
		(a, b) => Number(a.parentId !== null) - Number(b.parentId !== null)
	);
	await db
		.insert(experiences)
		.values(ordered.map((entry) => ({ ...entry, status: 'approved', origin: 'shipped' })))
		.onConflictDoUpdate({
			target: experiences.id,
			set: {
				parentId: sql`excluded.parent_id`,
				labelFr: sql`excluded.label_fr`,
				labelEn: sql`excluded.label_en`,
				synonyms: sql`excluded.synonyms`
			},
			setWhere: sql`${experiences.origin} = 'shipped' and not ${experiences.locallyEdited} and ${experiences.status} <> 'merged'`
		});
	await db.execute(sql`
		update experiences as child set parent_id = merged.merged_into
		from experiences as merged
		where child.parent_id = merged.id and merged.status = 'merged' and merged.merged_into is not null`);
	return ordered.length;
}
