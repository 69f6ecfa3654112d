/**
 * Who may do what with services, vouchers, bookings and job offers: pure functions over what the actor
 * is (policy.test.ts is a table of cases).
 */
export interface OffersViewer {
	accountId: string;
	isInstanceAdmin: boolean;
	/** Organisations where the actor is an active coordinator. */
	coordinatorOf: ReadonlySet<string>;
	/** Organisations where the actor is an active member, whatever the role. */
	memberOf: ReadonlySet<string>;
	/** Active peer supporter in at least one organisation. */
	isPeerSupporter: boolean;
}

export interface ServiceFacts {
	organisationId: string | null;
	providerId: string | null;
	published: boolean;
	priceKind: string;
}

const coordinates = (viewer: OffersViewer | null, organisationId: string | null) =>
	organisationId !== null &&
	(viewer?.coordinatorOf.has(organisationId) === true || viewer?.isInstanceAdmin === true);

/** An organisation's services, vouchers, listing and job offers are managed by its coordinators. */
export const canManageOrganisationOffers = (viewer: OffersViewer | null, organisationId: string) =>
	coordinates(viewer, organisationId);

/** A person offers services in their own name once they are an active peer supporter somewhere. */
export const canPublishOwnService = (viewer: OffersViewer | null) => viewer?.isPeerSupporter === true;

/** The provider answers bookings: the peer themselves, or the offering organisation's coordinators. */
export const canDecideBookings = (viewer: OffersViewer | null, service: ServiceFacts) =>
	viewer !== null && (service.providerId === viewer.accountId || coordinates(viewer, service.organisationId));

/** A service is edited and withdrawn by whoever answers its bookings: the peer, or the organisation's coordinators. */
export const canManageService = canDecideBookings;

export const canViewService = (viewer: OffersViewer | null, service: ServiceFacts) =>
	service.published || canDecideBookings(viewer, service);

/** Anyone signed in books a published service, except its own provider. */
export const canBookService = (viewer: OffersViewer | null, service: ServiceFacts) =>
	viewer !== null && service.published && !canDecideBookings(viewer, service);

/** Vouchers fund paid or funded services only (a free one needs none), granted to the funder's members. */
export const canGrantVouchers = (
	viewer: OffersViewer | null,
	funderId: string,
	service: ServiceFacts,
	holderIsActiveMember: boolean
) => coordinates(viewer, funderId) && service.priceKind !== 'free' && holderIsActiveMember;

/** An answer is read by the person who wrote it and the offering organisation's coordinators, nobody else. */
export const canReadAnswer = (
	viewer: OffersViewer | null,
	answer: { applicantId: string; organisationId: string }
) =>
	viewer !== null && (answer.applicantId === viewer.accountId || coordinates(viewer, answer.organisationId));

export const canAnswerOffer = (
	viewer: OffersViewer | null,
	offer: { organisationId: string; status: string; closesOn: string | null },
	today: string
) =>
	viewer !== null &&
	offer.status === 'published' &&
	(offer.closesOn === null || offer.closesOn >= today) &&
	!viewer.coordinatorOf.has(offer.organisationId);
