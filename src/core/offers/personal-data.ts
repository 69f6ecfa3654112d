import { eq } from 'drizzle-orm';
import { jobAnswers, jobOffers, peerServices, serviceBookings, serviceVouchers } from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * The services a person offers in their own name, the sessions they booked, the vouchers they hold and
 * their answers to offers. On erasure their services, vouchers and answers go; bookings they made stay for
 * the provider (and a funder's charge) with no link back and no message; offers they published for an
 * organisation stay the organisation's.
 */
export const offersPersonalData: PersonalDataContributor = {
	module: 'offers',
	async exportFor(tx, accountId) {
		const [services, bookings, vouchers, answers] = await Promise.all([
			tx.select().from(peerServices).where(eq(peerServices.providerId, accountId)),
			tx
				.select({
					serviceId: serviceBookings.serviceId,
					proposedAt: serviceBookings.proposedAt,
					message: serviceBookings.message,
					status: serviceBookings.status,
					createdAt: serviceBookings.createdAt
				})
				.from(serviceBookings)
				.where(eq(serviceBookings.requesterId, accountId)),
			tx
				.select({
					serviceId: serviceVouchers.serviceId,
					usedAt: serviceVouchers.usedAt,
					createdAt: serviceVouchers.createdAt
				})
				.from(serviceVouchers)
				.where(eq(serviceVouchers.holderId, accountId)),
			tx
				.select({
					offer: jobOffers.title,
					message: jobAnswers.message,
					experiences: jobAnswers.experiences,
					credentials: jobAnswers.credentials,
					status: jobAnswers.status,
					createdAt: jobAnswers.createdAt
				})
				.from(jobAnswers)
				.innerJoin(jobOffers, eq(jobOffers.id, jobAnswers.offerId))
				.where(eq(jobAnswers.applicantId, accountId))
		]);
		return { services, bookings, vouchers, answers };
	},
	async eraseFor(tx, accountId) {
		await tx.delete(jobAnswers).where(eq(jobAnswers.applicantId, accountId));
		await tx.delete(serviceVouchers).where(eq(serviceVouchers.holderId, accountId));
		await tx
			.update(serviceBookings)
			.set({ requesterId: null, message: '' })
			.where(eq(serviceBookings.requesterId, accountId));
		await tx.delete(peerServices).where(eq(peerServices.providerId, accountId));
		await tx.update(jobOffers).set({ createdBy: null }).where(eq(jobOffers.createdBy, accountId));
	}
};
