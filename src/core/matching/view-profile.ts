import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, blocks, experiences, profileExperiences } from '../../db/schema';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { relationBetween } from './relation';
import { PREVIEW_AUDIENCES, previewRelation, visibilitiesSeenBy, type Visibility } from './visibility';

export const ViewProfileSchema = z.object({
	accountId: z.uuid('validation.invalid'),
	/** Only on one's own profile: show it exactly as this audience sees it. */
	previewAs: z.enum(PREVIEW_AUDIENCES, 'validation.invalid').optional(),
	locale: z.enum(['fr', 'en']).optional().default('fr')
});

export interface ProfileExperience {
	experienceId: string;
	label: string;
	parentLabel: string | null;
	detail: string;
	period: 'current' | 'past';
	visibility: Visibility;
}

/**
 * A person's profile as the actor may see it: only the experiences whose visibility admits the actor,
 * filtered in SQL. The owner may preview it as another audience sees it.
 */
export async function viewProfile(ctx: Ctx, input: z.input<typeof ViewProfileSchema>) {
	const actor = requireActor(ctx);
	const { accountId, previewAs, locale } = parseInput(ViewProfileSchema, input);
	const [owner] = await ctx.db
		.select({ id: accounts.id, pseudonym: accounts.pseudonym })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	if (!owner) throw new DomainError('NOT_FOUND');
	const isOwner = owner.id === actor.accountId;
	// Someone the owner blocked finds no profile at all, exactly as if it did not exist: blocking is silent.
	if (!isOwner) {
		const [blocked] = await ctx.db
			.select({ found: blocks.blockerId })
			.from(blocks)
			.where(and(eq(blocks.blockerId, owner.id), eq(blocks.blockedId, actor.accountId)));
		if (blocked) throw new DomainError('NOT_FOUND');
	}
	const relation =
		isOwner && previewAs ? previewRelation(previewAs) : await relationBetween(ctx.db, actor, owner.id);
	const seen = visibilitiesSeenBy(relation);
	const parent = ctx.db
		.$with('parent')
		.as(
			ctx.db
				.select({ id: experiences.id, labelFr: experiences.labelFr, labelEn: experiences.labelEn })
				.from(experiences)
		);
	const rows =
		seen.length === 0
			? []
			: await ctx.db
					.with(parent)
					.select({
						experienceId: profileExperiences.experienceId,
						label: locale === 'en' ? experiences.labelEn : experiences.labelFr,
						parentLabel: locale === 'en' ? parent.labelEn : parent.labelFr,
						detail: profileExperiences.detail,
						period: profileExperiences.period,
						visibility: profileExperiences.visibility
					})
					.from(profileExperiences)
					.innerJoin(experiences, eq(experiences.id, profileExperiences.experienceId))
					.leftJoin(parent, eq(parent.id, experiences.parentId))
					.where(
						and(eq(profileExperiences.accountId, owner.id), inArray(profileExperiences.visibility, seen))
					)
					.orderBy(asc(profileExperiences.createdAt));
	return {
		accountId: owner.id,
		pseudonym: owner.pseudonym,
		isOwner,
		previewAs: isOwner ? (previewAs ?? null) : null,
		experiences: rows as ProfileExperience[]
	};
}
