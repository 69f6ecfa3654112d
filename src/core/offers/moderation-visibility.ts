import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { jobOffers, peerServices } from '../../db/schema';

/**
 * Hides a service (a moderation decision) or shows it again (that decision reversed on appeal). `published`
 * is what lists, the directory and open data read: it stays false while the service is withdrawn.
 */
export async function setServiceHidden(tx: DatabaseOrTransaction, serviceId: string, hiddenAt: Date | null) {
	await tx
		.update(peerServices)
		.set(hiddenAt ? { hiddenAt, published: false } : { hiddenAt: null, published: sql`withdrawn_at is null` })
		.where(
			and(
				eq(peerServices.id, serviceId),
				hiddenAt ? isNull(peerServices.hiddenAt) : isNotNull(peerServices.hiddenAt)
			)
		);
}

/** Hides a job offer (a moderation decision) or shows it again (reversed on appeal). */
export async function setJobOfferHidden(tx: DatabaseOrTransaction, offerId: string, hiddenAt: Date | null) {
	await tx
		.update(jobOffers)
		.set({ hiddenAt })
		.where(
			and(eq(jobOffers.id, offerId), hiddenAt ? isNull(jobOffers.hiddenAt) : isNotNull(jobOffers.hiddenAt))
		);
}
