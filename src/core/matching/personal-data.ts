import { eq, or } from 'drizzle-orm';
import {
	accompaniments,
	blocks,
	contactRequests,
	experiences,
	helpRequests,
	offerExperiences,
	profileExperiences,
	supporterOffers
} from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * Lived experiences (with their visibility), the supporter offer, help requests, contact requests,
 * accompaniments, blocks and vocabulary proposals. Everything is deleted on erasure: none of it is content
 * others wrote. An approved proposal is shared vocabulary: it stays, with no link to its proposer and
 * without the proposer's note.
 */
export const matchingPersonalData: PersonalDataContributor = {
	module: 'experiences',
	async exportFor(tx, accountId) {
		const [profile, offer, offered, requests, contacts, accompanied, blocked, proposed] = await Promise.all([
			tx
				.select({
					experienceId: profileExperiences.experienceId,
					detail: profileExperiences.detail,
					period: profileExperiences.period,
					visibility: profileExperiences.visibility,
					createdAt: profileExperiences.createdAt,
					updatedAt: profileExperiences.updatedAt
				})
				.from(profileExperiences)
				.where(eq(profileExperiences.accountId, accountId)),
			tx.select().from(supporterOffers).where(eq(supporterOffers.accountId, accountId)),
			tx
				.select({ experienceId: offerExperiences.experienceId })
				.from(offerExperiences)
				.where(eq(offerExperiences.accountId, accountId)),
			tx.select().from(helpRequests).where(eq(helpRequests.requesterId, accountId)),
			tx
				.select()
				.from(contactRequests)
				.where(or(eq(contactRequests.requesterId, accountId), eq(contactRequests.supporterId, accountId))),
			tx
				.select()
				.from(accompaniments)
				.where(or(eq(accompaniments.requesterId, accountId), eq(accompaniments.supporterId, accountId))),
			tx
				.select({ blockedId: blocks.blockedId, createdAt: blocks.createdAt })
				.from(blocks)
				.where(eq(blocks.blockerId, accountId)),
			tx
				.select({
					experienceId: experiences.id,
					labelFr: experiences.labelFr,
					labelEn: experiences.labelEn,
					note: experiences.proposalNote,
					status: experiences.status,
					createdAt: experiences.createdAt
				})
				.from(experiences)
				.where(eq(experiences.proposedBy, accountId))
		]);
		return {
			profile,
			supporterOffer: offer[0]
				? { ...offer[0], experienceIds: offered.map((row) => row.experienceId) }
				: null,
			helpRequests: requests,
			contactRequests: contacts,
			accompaniments: accompanied,
			blocks: blocked,
			vocabularyProposals: proposed
		};
	},
	async eraseFor(tx, accountId) {
		await tx.delete(profileExperiences).where(eq(profileExperiences.accountId, accountId));
		await tx.delete(supporterOffers).where(eq(supporterOffers.accountId, accountId));
		await tx.delete(helpRequests).where(eq(helpRequests.requesterId, accountId));
		await tx
			.delete(contactRequests)
			.where(or(eq(contactRequests.requesterId, accountId), eq(contactRequests.supporterId, accountId)));
		await tx
			.delete(accompaniments)
			.where(or(eq(accompaniments.requesterId, accountId), eq(accompaniments.supporterId, accountId)));
		await tx.delete(blocks).where(or(eq(blocks.blockerId, accountId), eq(blocks.blockedId, accountId)));
		await tx
			.update(experiences)
			.set({ proposedBy: null, proposalNote: '' })
			.where(eq(experiences.proposedBy, accountId));
	}
};
