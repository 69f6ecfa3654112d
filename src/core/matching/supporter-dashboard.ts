import { and, desc, eq, inArray } from 'drizzle-orm';
import {
	accompaniments,
	accounts,
	contactRequests,
	experiences,
	helpRequests,
	offerExperiences,
	profileExperiences,
	supporterOffers
} from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { canOfferSupport } from './policy';
import { activeRoles, helpRequestNotHidden } from './queries';
import { visibilitiesSeenBy } from './visibility';

/**
 * A supporter's dashboard: their offer, the contact requests waiting for them (with only what each
 * requester shares with supporters; none made from a help request moderation hid), their open
 * accompaniments and load.
 */
export async function supporterDashboard(ctx: Ctx, input: { locale?: 'fr' | 'en' } = {}) {
	const actor = requireActor(ctx);
	const label = input.locale === 'en' ? experiences.labelEn : experiences.labelFr;
	const isSupporter = canOfferSupport({ activeRoles: await activeRoles(ctx.db, actor.accountId) });
	const [offer] = await ctx.db
		.select()
		.from(supporterOffers)
		.where(eq(supporterOffers.accountId, actor.accountId));
	const offered = await ctx.db
		.select({ experienceId: offerExperiences.experienceId })
		.from(offerExperiences)
		.where(eq(offerExperiences.accountId, actor.accountId));
	const pending = await ctx.db
		.select({
			contactRequestId: contactRequests.id,
			helpRequestId: contactRequests.helpRequestId,
			requesterId: contactRequests.requesterId,
			pseudonym: accounts.pseudonym,
			createdAt: contactRequests.createdAt,
			hopes: helpRequests.hopes,
			formats: helpRequests.formats,
			language: helpRequests.language,
			area: helpRequests.area
		})
		.from(contactRequests)
		.innerJoin(accounts, eq(accounts.id, contactRequests.requesterId))
		.leftJoin(helpRequests, eq(helpRequests.id, contactRequests.helpRequestId))
		.where(
			and(
				eq(contactRequests.supporterId, actor.accountId),
				eq(contactRequests.status, 'pending'),
				// A request hidden by moderation reaches no supporter any more, its words nor its asking.
				helpRequestNotHidden
			)
		)
		.orderBy(contactRequests.createdAt);
	// The supporter is "in contact" with each of these requesters: they see what is shared with supporters.
	const seen = visibilitiesSeenBy({
		isSelf: false,
		isSignedIn: true,
		isSupporterInContact: true,
		sharesOrganisation: false
	});
	const disclosed = pending.length
		? await ctx.db
				.select({
					accountId: profileExperiences.accountId,
					label,
					detail: profileExperiences.detail,
					period: profileExperiences.period
				})
				.from(profileExperiences)
				.innerJoin(experiences, eq(experiences.id, profileExperiences.experienceId))
				.where(
					and(
						inArray(
							profileExperiences.accountId,
							pending.map((row) => row.requesterId)
						),
						inArray(profileExperiences.visibility, seen)
					)
				)
		: [];
	const open = await ctx.db
		.select({
			accompanimentId: accompaniments.id,
			pseudonym: accounts.pseudonym,
			openedAt: accompaniments.openedAt
		})
		.from(accompaniments)
		.innerJoin(accounts, eq(accounts.id, accompaniments.requesterId))
		.where(and(eq(accompaniments.supporterId, actor.accountId), eq(accompaniments.status, 'open')))
		.orderBy(desc(accompaniments.openedAt));
	return {
		isSupporter,
		offer: offer ? { ...offer, experienceIds: offered.map((row) => row.experienceId) } : null,
		pending: pending.map((row) => ({
			...row,
			experiences: disclosed.filter((experience) => experience.accountId === row.requesterId)
		})),
		open,
		load: { open: open.length, capacity: offer?.capacity ?? 0 }
	};
}
