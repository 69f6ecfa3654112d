import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { offerExperiences, supporterOffers } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { FORMATS, GENDERS, LANGUAGES, MAX_INTRODUCTION, MAX_SLOTS } from './offer-vocabulary';
import { canOfferSupport } from './policy';
import { activeRoles, assertKnownExperiences } from './queries';
import { list, optionalText, wholeNumber, yesNo } from './schemas';
import { weeklySlotList } from './weekly-slots';

export const SaveSupporterOfferSchema = z.object({
	experienceIds: list(z.string().min(1).max(200), 'validation.offer.experiences', 1, 30),
	formats: list(z.enum(FORMATS), 'validation.offer.formats', 1, FORMATS.length),
	languages: list(z.enum(LANGUAGES), 'validation.offer.languages', 1, LANGUAGES.length),
	area: optionalText(80),
	gender: z
		.union([z.enum(GENDERS), z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null),
	// Up to the 21 day parts of the weekly form, plus a few slots of one's own kept from before.
	availability: weeklySlotList('validation.offer.slot', MAX_SLOTS),
	/** Left out, the introduction stays as it is (a new offer starts without one). */
	introduction: z.string().trim().max(MAX_INTRODUCTION, 'validation.offer.introduction').optional(),
	capacity: wholeNumber('validation.offer.capacity').pipe(
		z.number().min(1, 'validation.offer.capacity').max(20, 'validation.offer.capacity')
	),
	/** Left out, the pause stays as it is (a new offer starts active). */
	paused: yesNo.optional()
});
export type SaveSupporterOfferInput = z.input<typeof SaveSupporterOfferSchema>;

/**
 * A peer supporter publishes or updates what they offer: experiences, formats, languages, area, weekly
 * availability, a short introduction, limits.
 */
export async function saveSupporterOffer(ctx: Ctx, input: SaveSupporterOfferInput) {
	const actor = requireActor(ctx);
	const { experienceIds, ...offer } = parseInput(SaveSupporterOfferSchema, input);
	permit(canOfferSupport({ activeRoles: await activeRoles(ctx.db, actor.accountId) }), 'error.notSupporter');
	const uniqueIds = [...new Set(experienceIds)];
	await assertKnownExperiences(ctx.db, uniqueIds, 'experienceIds');
	const now = ctx.clock.now();
	const saved = await ctx.db.transaction(async (tx) => {
		const [saved] = await tx
			.insert(supporterOffers)
			.values({
				accountId: actor.accountId,
				...offer,
				introduction: offer.introduction ?? '',
				paused: offer.paused ?? false,
				updatedAt: now
			})
			.onConflictDoUpdate({
				target: supporterOffers.accountId,
				set: {
					...offer,
					introduction: offer.introduction ?? sql`${supporterOffers.introduction}`,
					paused: offer.paused ?? sql`${supporterOffers.paused}`,
					updatedAt: now
				}
			})
			.returning({ paused: supporterOffers.paused, introduction: supporterOffers.introduction });
		await tx.delete(offerExperiences).where(eq(offerExperiences.accountId, actor.accountId));
		await tx
			.insert(offerExperiences)
			.values(uniqueIds.map((experienceId) => ({ accountId: actor.accountId, experienceId })));
		return saved!;
	});
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { ...offer, ...saved, experienceIds: uniqueIds };
}

/** Pauses or resumes the supporter's offer in one click (e.g. after a hard session). */
export async function setOfferPause(ctx: Ctx, input: { paused: unknown }) {
	const actor = requireActor(ctx);
	const { paused } = parseInput(z.object({ paused: yesNo }), input);
	const updated = await ctx.db
		.update(supporterOffers)
		.set({ paused, updatedAt: ctx.clock.now() })
		.where(eq(supporterOffers.accountId, actor.accountId))
		.returning({ paused: supporterOffers.paused });
	permit(updated.length > 0, 'error.noOffer');
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { paused };
}
