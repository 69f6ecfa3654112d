import { and, eq, isNull, like, or } from 'drizzle-orm';
import { z } from 'zod';
import { experiences } from '../../db/schema';
import { slugify } from '../organisations';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canProposeExperience } from './policy';
import { vocabularyFacts } from './queries';
import { experienceLabel, synonymList } from './vocabulary-schemas';

export const ProposeExperienceSchema = z.object({
	labelFr: experienceLabel,
	/** Optional: an admin can translate it when approving; French is shown meanwhile. */
	labelEn: z
		.string()
		.trim()
		.max(80, 'validation.experienceLabel')
		.optional()
		.transform((value) => value || null),
	/** A top-level branch; empty proposes a new branch. */
	parentId: z
		.string()
		.trim()
		.max(200, 'validation.invalid')
		.optional()
		.transform((value) => value || null),
	synonyms: synonymList,
	note: z.string().trim().max(1000, 'validation.tooLong').optional().default('')
});

/**
 * A coordinator or an instance admin proposes a missing experience. It stays invisible to everyone (not
 * searchable, not usable on profiles) until an instance admin approves it.
 */
export async function proposeExperience(ctx: Ctx, input: z.input<typeof ProposeExperienceSchema>) {
	const actor = requireActor(ctx);
	if (!canProposeExperience(await vocabularyFacts(ctx.db, actor))) throw new DomainError('FORBIDDEN');
	const fields = parseInput(ProposeExperienceSchema, input);
	if (fields.parentId) {
		const [parent] = await ctx.db
			.select({ id: experiences.id })
			.from(experiences)
			.where(
				and(
					eq(experiences.id, fields.parentId),
					isNull(experiences.parentId),
					eq(experiences.status, 'approved')
				)
			);
		if (!parent)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'parentId', message: 'validation.invalid' }
			]);
	}
	const slug = slugify(fields.labelFr);
	if (!slug)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'labelFr', message: 'validation.experienceLabel' }
		]);
	const base = fields.parentId ? `${fields.parentId}/${slug}` : slug;
	// The same label twice, in the same place, is one entry: say so rather than add a duplicate.
	const taken = await ctx.db
		.select({ id: experiences.id, labelFr: experiences.labelFr, status: experiences.status })
		.from(experiences)
		.where(or(eq(experiences.id, base), like(experiences.id, `${base}-%`)));
	const sameLabel = taken.find(
		(row) => slugify(row.labelFr) === slug && (row.status === 'approved' || row.status === 'proposed')
	);
	if (sameLabel) throw new DomainError('CONFLICT', 'error.experienceExists');
	const ids = new Set(taken.map((row) => row.id));
	let id = base;
	for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`;

	await ctx.db.insert(experiences).values({
		id,
		parentId: fields.parentId,
		labelFr: fields.labelFr,
		labelEn: fields.labelEn ?? fields.labelFr,
		synonyms: fields.synonyms,
		status: 'proposed',
		origin: 'local',
		proposedBy: actor.accountId,
		proposalNote: fields.note,
		createdAt: ctx.clock.now()
	});
	ctx.events.emit({ type: 'experience.proposed', experienceId: id });
	return { id, status: 'proposed' as const };
}
