import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { experiences, helpRequests } from '../../db/schema';
import { selectRows, textArray } from '../../db/sql-helpers';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canGovernVocabulary } from './policy';
import { vocabularyFacts } from './queries';
import { COUNTED_VISIBILITIES, shownCount } from './vocabulary-administration';
import { experienceId } from './vocabulary-schemas';

/**
 * Moves a per-person experience table's lines from `sourceId` to `intoId`; a person who already has the
 * target keeps that line and loses the other. Returns how many of the moved lines are `counted`.
 */
async function repoint(
	tx: DatabaseOrTransaction,
	table: 'profile_experiences' | 'offer_experiences',
	sourceId: string,
	intoId: string,
	counted: SQL = sql`true`
): Promise<number> {
	const name = sql.identifier(table);
	const moved = await selectRows<{ counted: boolean }>(
		tx,
		sql`update ${name} as line set experience_id = ${intoId}
			where line.experience_id = ${sourceId} and not exists (select 1 from ${name} as other
				where other.account_id = line.account_id and other.experience_id = ${intoId})
			returning ${counted} as counted`
	);
	await tx.execute(sql`delete from ${name} where experience_id = ${sourceId}`);
	return moved.filter((row) => row.counted).length;
}

export const MergeExperiencesSchema = z.object({ experienceId, intoId: experienceId });

/**
 * An instance admin merges a duplicate experience into another. In one transaction every profile, offer
 * and help request pointing at it is re-pointed (a person who had both keeps one line, their own words
 * kept), a merged branch's leaves move to the target branch, and the old labels become synonyms of the
 * target so searching with the old words still finds it. The merged entry stays, marked, so start-up
 * never brings it back. The answer counts what moved like the vocabulary administration does: profile
 * lines shown at least to members only, and never a number below 5.
 */
export async function mergeExperiences(ctx: Ctx, input: z.input<typeof MergeExperiencesSchema>) {
	const actor = requireActor(ctx);
	if (!canGovernVocabulary(await vocabularyFacts(ctx.db, actor))) throw new DomainError('FORBIDDEN');
	const { experienceId: sourceId, intoId } = parseInput(MergeExperiencesSchema, input);
	if (sourceId === intoId)
		throw new DomainError('INVALID', 'error.invalid', [{ field: 'intoId', message: 'validation.mergeSelf' }]);

	const repointed = await ctx.db.transaction(async (tx) => {
		const rows = await tx
			.select()
			.from(experiences)
			.where(and(inArray(experiences.id, [sourceId, intoId]), eq(experiences.status, 'approved')))
			.for('update');
		const source = rows.find((row) => row.id === sourceId);
		const target = rows.find((row) => row.id === intoId);
		if (!source || !target) throw new DomainError('NOT_FOUND');
		const children = await tx
			.select({ id: experiences.id })
			.from(experiences)
			.where(and(eq(experiences.parentId, sourceId), inArray(experiences.status, ['approved', 'proposed'])));
		// The tree has two levels: a branch's leaves can only move under another branch.
		if (children.length > 0 && target.parentId !== null)
			throw new DomainError('CONFLICT', 'error.mergeBranchIntoLeaf');
		if (target.parentId === sourceId) throw new DomainError('CONFLICT', 'error.mergeBranchIntoLeaf');

		// Profiles: keep the person's words when only the merged line had some.
		await tx.execute(sql`
			update profile_experiences as kept
			set detail = merged.detail
			from profile_experiences as merged
			where kept.experience_id = ${intoId} and merged.experience_id = ${sourceId}
				and merged.account_id = kept.account_id and kept.detail = '' and merged.detail <> ''`);
		// Counted as in the vocabulary administration: what people keep to themselves is not.
		const profiles = await repoint(
			tx,
			'profile_experiences',
			sourceId,
			intoId,
			sql`line.visibility = any(${textArray(COUNTED_VISIBILITIES)})`
		);
		const offers = await repoint(tx, 'offer_experiences', sourceId, intoId);

		const requests = await tx
			.update(helpRequests)
			.set({
				experienceIds: sql`array(select distinct unnest(array_replace(${helpRequests.experienceIds}, ${sourceId}, ${intoId})))`
			})
			.where(sql`${sourceId} = any(${helpRequests.experienceIds})`)
			.returning({ id: helpRequests.id });

		if (children.length > 0) {
			await tx
				.update(experiences)
				.set({ parentId: intoId, locallyEdited: true })
				.where(eq(experiences.parentId, sourceId));
		}
		const synonyms = [
			...new Set([
				...target.synonyms,
				source.labelFr.toLowerCase(),
				source.labelEn.toLowerCase(),
				...source.synonyms
			])
		];
		await tx.update(experiences).set({ synonyms, locallyEdited: true }).where(eq(experiences.id, intoId));
		await tx
			.update(experiences)
			.set({ status: 'merged', mergedInto: intoId, decidedAt: ctx.clock.now() })
			.where(eq(experiences.id, sourceId));
		// Never a number below 5 (null then): on a small instance it could single someone out.
		return {
			profiles: shownCount(profiles),
			offers: shownCount(offers),
			helpRequests: shownCount(requests.length)
		};
	});
	ctx.events.emit({ type: 'experience.merged', experienceId: sourceId, intoId });
	return { id: sourceId, intoId, repointed };
}
