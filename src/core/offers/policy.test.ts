import { describe, expect, it } from 'vitest';
import {
	canAnswerOffer,
	canBookService,
	canDecideBookings,
	canGrantVouchers,
	canPublishOwnService,
	canReadAnswer,
	type OffersViewer
} from './policy';

const viewer = (overrides: Partial<OffersViewer> = {}): OffersViewer => ({
	accountId: 'me',
	isInstanceAdmin: false,
	coordinatorOf: new Set(),
	memberOf: new Set(),
	isPeerSupporter: false,
	...overrides
});
const coordinator = viewer({ coordinatorOf: new Set(['org']), memberOf: new Set(['org']) });
const peerService = { organisationId: null, providerId: 'me', published: true, priceKind: 'funded' };
const organisationService = { organisationId: 'org', providerId: null, published: true, priceKind: 'free' };

describe('offers policy', () => {
	it.each([
		['the provider', viewer(), peerService, true],
		['someone else', viewer({ accountId: 'other' }), peerService, false],
		['the organisation’s coordinator', coordinator, organisationService, true],
		[
			'a coordinator elsewhere',
			viewer({ coordinatorOf: new Set(['elsewhere']) }),
			organisationService,
			false
		],
		['a visitor', null, organisationService, false]
	])('lets %s decide bookings: %s', (_who, who, service, expected) => {
		expect(canDecideBookings(who, service)).toBe(expected);
	});

	it.each([
		['a member', viewer({ accountId: 'other' }), peerService, true],
		['the provider', viewer(), peerService, false],
		['a visitor', null, peerService, false],
		['a member, unpublished', viewer({ accountId: 'other' }), { ...peerService, published: false }, false]
	])('lets %s book: %s', (_who, who, service, expected) => {
		expect(canBookService(who, service)).toBe(expected);
	});

	it.each([
		[coordinator, peerService, true, true],
		[coordinator, peerService, false, false],
		[coordinator, organisationService, true, false],
		[viewer(), peerService, true, false]
	])(
		'grants vouchers only as the funder’s coordinator, for a non-free service, to a member (%#)',
		(who, service, member, expected) => {
			expect(canGrantVouchers(who, 'org', service, member)).toBe(expected);
		}
	);

	it.each([
		['the applicant', viewer(), true],
		['the coordinator', coordinator, true],
		['another peer', viewer({ accountId: 'other', isPeerSupporter: true }), false],
		['a visitor', null, false]
	])('lets %s read an answer', (_who, who, expected) => {
		expect(canReadAnswer(who, { applicantId: 'me', organisationId: 'org' })).toBe(expected);
	});

	it.each([
		[viewer(), { organisationId: 'org', status: 'published', closesOn: null }, true],
		[viewer(), { organisationId: 'org', status: 'published', closesOn: '2026-01-01' }, false],
		[viewer(), { organisationId: 'org', status: 'closed', closesOn: null }, false],
		[coordinator, { organisationId: 'org', status: 'published', closesOn: null }, false],
		[null, { organisationId: 'org', status: 'published', closesOn: null }, false]
	])('answers an offer only while open, not its own structure (%#)', (who, offer, expected) => {
		expect(canAnswerOffer(who, offer, '2026-06-01')).toBe(expected);
	});

	it.each([
		[viewer({ isPeerSupporter: true }), true],
		[viewer(), false],
		[null, false]
	])('publishes in one’s own name only as a peer supporter (%#)', (who, expected) => {
		expect(canPublishOwnService(who)).toBe(expected);
	});
});
