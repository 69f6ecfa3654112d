import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { offerExperiences, supporterOffers } from '../../db/schema';
import { parseInput, permit, requireActor, type Ctx } from '../shared';
import { FORMATS, GENDERS, LANGUAGES, WEEK_DAYS } from './offer-vocabulary';
import { canOfferSupport } from './policy';
import { activeRoles, assertKnownExperiences } from './queries';
import { checkbox, list, optionalText } from './schemas';

const slot = z
	.string()
	.regex(
		new RegExp(`^(${WEEK_DAYS.join('|')})-([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$`),
		'validation.offer.slot'
	);

export const SaveSupporterOfferSchema = z.object({
	experienceIds: list(z.string().min(1).max(200), 'validation.offer.experiences', 1, 30),
	formats: list(z.enum(FORMATS), 'validation.offer.formats', 1, FORMATS.length),
	languages: list(z.enum(LANGUAGES), 'validation.offer.languages', 1, LANGUAGES.length),
	area: optionalText(80),
	gender: z
		.union([z.enum(GENDERS), z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null),
	availability: list(slot, 'validation.offer.slot', 0, 21)
		.optional()
		.transform((value) => value ?? []),
	capacity: z.coerce
		.number('validation.offer.capacity')
		.int('validation.offer.capacity')
		.min(1, 'validation.offer.capacity')
		.max(20, 'validation.offer.capacity'),
	paused: checkbox.optional().default(false)
});
export type SaveSupporterOfferInput = z.input<typeof SaveSupporterOfferSchema>;

/** A peer supporter publishes or updates what they offer: experiences, formats, languages, area, limits. */
export async function saveSupporterOffer(ctx: Ctx, input: SaveSupporterOfferInput) {
	const actor = requireActor(ctx);
	const { experienceIds, ...offer } = parseInput(SaveSupporterOfferSchema, input);
	permit(canOfferSupport({ activeRoles: await activeRoles(ctx.db, actor.accountId) }), 'error.notSupporter');
	const uniqueIds = [...new Set(experienceIds)];
	await assertKnownExperiences(ctx.db, uniqueIds, 'experienceIds');
	const now = ctx.clock.now();
	await ctx.db.transaction(async (tx) => {
		await tx
			.insert(supporterOffers)
			.values({ accountId: actor.accountId, ...offer, updatedAt: now })
			.onConflictDoUpdate({ target: supporterOffers.accountId, set: { ...offer, updatedAt: now } });
		await tx.delete(offerExperiences).where(eq(offerExperiences.accountId, actor.accountId));
		await tx
			.insert(offerExperiences)
			.values(uniqueIds.map((experienceId) => ({ accountId: actor.accountId, experienceId })));
	});
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { ...offer, experienceIds: uniqueIds };
}

/** Pauses or resumes the supporter's offer in one click (e.g. after a hard session). */
export async function setOfferPause(ctx: Ctx, input: { paused: unknown }) {
	const actor = requireActor(ctx);
	const { paused } = parseInput(z.object({ paused: checkbox }), input);
	const updated = await ctx.db
		.update(supporterOffers)
		.set({ paused, updatedAt: ctx.clock.now() })
		.where(eq(supporterOffers.accountId, actor.accountId))
		.returning({ paused: supporterOffers.paused });
	permit(updated.length > 0, 'error.noOffer');
	ctx.events.emit({ type: 'offer.changed', accountId: actor.accountId });
	return { paused };
}
