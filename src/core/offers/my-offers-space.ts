import { aliasedTable, and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import {
	accounts,
	jobAnswers,
	jobOffers,
	organisations,
	peerServices,
	serviceBookings,
	serviceVouchers
} from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { loadOffersViewer } from './viewer';

const funders = aliasedTable(organisations, 'funders');

/**
 * The actor's side of the peer-work platform: vouchers they hold, sessions they asked for, bookings of the
 * services they provide (or coordinate) to answer, their services and their answers to offers. A provider
 * sees "funded by <organisation>" on a booking and nothing about the person's means.
 */
export async function myOffersSpace(ctx: Ctx) {
	const actor = requireActor(ctx);
	const viewer = (await loadOffersViewer(ctx.db, actor))!;
	const coordinated = [...viewer.coordinatorOf];
	const provided = or(
		eq(peerServices.providerId, actor.accountId),
		coordinated.length > 0 ? inArray(peerServices.organisationId, coordinated) : undefined
	);
	const [vouchers, requested, toDecide, services, answers] = await Promise.all([
		ctx.db
			.select({
				id: serviceVouchers.id,
				serviceId: peerServices.id,
				service: peerServices.title,
				funder: funders.name
			})
			.from(serviceVouchers)
			.innerJoin(peerServices, eq(peerServices.id, serviceVouchers.serviceId))
			.innerJoin(funders, eq(funders.id, serviceVouchers.funderId))
			.where(and(eq(serviceVouchers.holderId, actor.accountId), isNull(serviceVouchers.usedAt)))
			.orderBy(asc(serviceVouchers.createdAt)),
		ctx.db
			.select({
				id: serviceBookings.id,
				serviceId: peerServices.id,
				service: peerServices.title,
				proposedAt: serviceBookings.proposedAt,
				status: serviceBookings.status,
				fundedBy: funders.name
			})
			.from(serviceBookings)
			.innerJoin(peerServices, eq(peerServices.id, serviceBookings.serviceId))
			.leftJoin(funders, eq(funders.id, serviceBookings.fundedBy))
			.where(eq(serviceBookings.requesterId, actor.accountId))
			.orderBy(desc(serviceBookings.createdAt))
			.limit(50),
		ctx.db
			.select({
				id: serviceBookings.id,
				service: peerServices.title,
				requester: accounts.pseudonym,
				proposedAt: serviceBookings.proposedAt,
				message: serviceBookings.message,
				status: serviceBookings.status,
				fundedBy: funders.name
			})
			.from(serviceBookings)
			.innerJoin(peerServices, eq(peerServices.id, serviceBookings.serviceId))
			.leftJoin(accounts, eq(accounts.id, serviceBookings.requesterId))
			.leftJoin(funders, eq(funders.id, serviceBookings.fundedBy))
			.where(provided)
			.orderBy(desc(serviceBookings.createdAt))
			.limit(50),
		ctx.db
			.select({
				id: peerServices.id,
				title: peerServices.title,
				kind: peerServices.kind,
				priceKind: peerServices.priceKind
			})
			.from(peerServices)
			.where(provided)
			.orderBy(asc(peerServices.title))
			.limit(100),
		ctx.db
			.select({
				id: jobAnswers.id,
				offerId: jobOffers.id,
				offer: jobOffers.title,
				organisation: organisations.name,
				status: jobAnswers.status,
				createdAt: jobAnswers.createdAt
			})
			.from(jobAnswers)
			.innerJoin(jobOffers, eq(jobOffers.id, jobAnswers.offerId))
			.innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
			.where(eq(jobAnswers.applicantId, actor.accountId))
			.orderBy(desc(jobAnswers.createdAt))
	]);
	return { vouchers, requested, toDecide, services, answers, isPeerSupporter: viewer.isPeerSupporter };
}
