import { eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { jobOffers, organisations, peerServices } from '../../db/schema';
import { DomainError } from '../shared';

/** An organisation's id and name by slug, or NOT_FOUND. */
export async function organisationBySlug(db: DatabaseOrTransaction, slug: string) {
	const [row] = await db
		.select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
		.from(organisations)
		.where(eq(organisations.slug, slug));
	if (!row) throw new DomainError('NOT_FOUND');
	return row;
}

/** A service's facts for the policies, or undefined. */
export async function serviceFacts(db: DatabaseOrTransaction, serviceId: string) {
	const [row] = await db
		.select({
			id: peerServices.id,
			organisationId: peerServices.organisationId,
			providerId: peerServices.providerId,
			published: peerServices.published,
			withdrawn: sql<boolean>`${peerServices.withdrawnAt} is not null`,
			priceKind: peerServices.priceKind,
			priceCents: peerServices.priceCents,
			title: peerServices.title
		})
		.from(peerServices)
		.where(eq(peerServices.id, serviceId));
	return row;
}

/** Today as YYYY-MM-DD in Paris, for closing dates. */
/** A job offer's facts for the policies (and who is told when it changes), or undefined. */
export async function jobOfferFacts(db: DatabaseOrTransaction, offerId: string) {
	const [row] = await db
		.select({
			id: jobOffers.id,
			organisationId: jobOffers.organisationId,
			status: jobOffers.status,
			hidden: sql<boolean>`${jobOffers.hiddenAt} is not null`
		})
		.from(jobOffers)
		.where(eq(jobOffers.id, offerId));
	return row;
}

export const parisDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
