import { eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionExperiences, contributions } from '../../db/schema';

/**
 * Tags a contribution with these experiences (replacing its tags), inside the caller's transaction, and
 * keeps `contributions.experience_ids` in step: the tags and their parents (an experience's branch), which
 * search reads through its matching index (the `facets`) instead of joining the tags row by row.
 */
export async function tagContribution(
	tx: DatabaseOrTransaction,
	contributionId: string,
	experienceIds: readonly string[]
): Promise<void> {
	await tx.delete(contributionExperiences).where(eq(contributionExperiences.contributionId, contributionId));
	if (experienceIds.length)
		await tx
			.insert(contributionExperiences)
			.values(experienceIds.map((experienceId) => ({ contributionId, experienceId })));
	await tx
		.update(contributions)
		.set({
			experienceIds: sql`array(
				select distinct branch from contribution_experiences ce
				left join experiences e on e.id = ce.experience_id,
				unnest(array[ce.experience_id, e.parent_id]) as branch
				where ce.contribution_id = ${contributionId} and branch is not null
				order by branch)`
		})
		.where(eq(contributions.id, contributionId));
}
