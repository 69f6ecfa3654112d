import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { accounts, organisations, peerServices, serviceVouchers } from '../../db/schema';
import { authorize, parseInput, type Ctx } from '../shared';
import { canBookService, canDecideBookings, canManageService, canViewService } from './policy';
import { idSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/** A service as its page shows it, with the actor's unused vouchers for it and what they may do. */
export async function getService(ctx: Ctx, input: { id: string }) {
	const { id } = parseInput(idSchema, input);
	const [service] = await ctx.db
		.select({
			id: peerServices.id,
			organisationId: peerServices.organisationId,
			providerId: peerServices.providerId,
			organisation: organisations.name,
			organisationSlug: organisations.slug,
			provider: accounts.pseudonym,
			kind: peerServices.kind,
			title: peerServices.title,
			description: peerServices.description,
			formats: peerServices.formats,
			communeName: peerServices.communeName,
			departement: peerServices.departement,
			areaDepartements: peerServices.areaDepartements,
			languages: peerServices.languages,
			accessibility: peerServices.accessibility,
			themes: peerServices.themes,
			priceKind: peerServices.priceKind,
			priceCents: peerServices.priceCents,
			published: peerServices.published,
			withdrawn: sql<boolean>`${peerServices.withdrawnAt} is not null`,
			hidden: sql<boolean>`${peerServices.hiddenAt} is not null`
		})
		.from(peerServices)
		.leftJoin(organisations, eq(organisations.id, peerServices.organisationId))
		.leftJoin(accounts, eq(accounts.id, peerServices.providerId))
		.where(eq(peerServices.id, id));
	const viewer = await loadOffersViewer(ctx.db, ctx.actor);
	authorize(service && canViewService(viewer, service));
	const vouchers = viewer
		? await ctx.db
				.select({ id: serviceVouchers.id, funder: organisations.name })
				.from(serviceVouchers)
				.innerJoin(organisations, eq(organisations.id, serviceVouchers.funderId))
				.where(
					and(
						eq(serviceVouchers.serviceId, id),
						eq(serviceVouchers.holderId, viewer.accountId),
						isNull(serviceVouchers.usedAt)
					)
				)
				.orderBy(asc(serviceVouchers.createdAt))
		: [];
	// Coordinators may fund sessions of a paid or funded service for their organisations' members.
	const funders =
		viewer && service.priceKind !== 'free' && viewer.coordinatorOf.size > 0
			? await ctx.db
					.select({ slug: organisations.slug, name: organisations.name })
					.from(organisations)
					.where(inArray(organisations.id, [...viewer.coordinatorOf]))
					.orderBy(asc(organisations.name))
			: [];
	const { organisationId: _organisation, providerId: _provider, ...shown } = service;
	return {
		service: shown,
		vouchers,
		funders,
		can: {
			book: canBookService(viewer, service),
			decide: canDecideBookings(viewer, service),
			edit: canManageService(viewer, service) && !service.withdrawn,
			// Anyone signed in may report a published service, except its own provider.
			report: viewer !== null && service.published && !canManageService(viewer, service)
		}
	};
}
