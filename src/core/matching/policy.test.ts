import { describe, expect, it } from 'vitest';
import {
	canDecideContact,
	canEndAccompaniment,
	canGovernVocabulary,
	canOfferSupport,
	canProposeExperience,
	canWithdrawContact,
	hasRoom,
	isAway
} from './policy';

describe('matching policy', () => {
	it.each([
		[['peer_supporter'], true],
		[['member', 'peer_supporter'], true],
		[['member'], false],
		[['coordinator', 'moderator', 'relative', 'professional'], false],
		[[], false]
	])('roles %j may offer support: %s', (activeRoles, expected) => {
		expect(canOfferSupport({ activeRoles })).toBe(expected);
	});

	const contact = (status: 'pending' | 'accepted' | 'declined' | 'withdrawn') => ({
		status,
		requesterId: 'r',
		supporterId: 's'
	});
	it.each([
		['s', 'pending', true, false],
		['r', 'pending', false, true],
		['x', 'pending', false, false],
		['s', 'accepted', false, false],
		['r', 'declined', false, false],
		['s', 'withdrawn', false, false]
	] as const)('%s on a %s request: decide %s, withdraw %s', (actor, status, decide, withdraw) => {
		expect(canDecideContact(actor, contact(status))).toBe(decide);
		expect(canWithdrawContact(actor, contact(status))).toBe(withdraw);
	});

	it.each([
		['r', 'open', true],
		['s', 'open', true],
		['x', 'open', false],
		['r', 'ended', false]
	] as const)('%s may end an %s accompaniment: %s', (actor, status, expected) => {
		expect(canEndAccompaniment(actor, { status, requesterId: 'r', supporterId: 's' })).toBe(expected);
	});

	it.each([
		[{ paused: false, capacity: 3 }, 2, true],
		[{ paused: false, capacity: 3 }, 3, false],
		[{ paused: true, capacity: 3 }, 0, false],
		[{ paused: false, capacity: 0 }, 0, false]
	])('offer %j with %i open accompaniments has room: %s', (offer, active, expected) => {
		expect(hasRoom(offer, active)).toBe(expected);
	});

	const now = new Date('2026-11-26T12:00:00Z');
	it.each([
		['neither paused nor cooling down', { paused: false, pausedUntil: null }, false],
		['paused', { paused: true, pausedUntil: null }, true],
		['in a cool-down', { paused: false, pausedUntil: new Date('2026-11-27T12:00:00Z') }, true],
		['after the cool-down ended', { paused: false, pausedUntil: new Date('2026-11-26T11:59:00Z') }, false],
		['the very moment it ends', { paused: false, pausedUntil: now }, false]
	])('a supporter %s is away: %s', (_case, offer, expected) => {
		expect(isAway(offer, now)).toBe(expected);
	});

	it.each([
		[false, ['member'], false, false],
		[false, ['peer_supporter', 'moderator', 'relative', 'professional'], false, false],
		[false, ['coordinator'], true, false],
		[false, ['member', 'coordinator'], true, false],
		[true, [], true, true],
		[true, ['member'], true, true]
	] as const)(
		'admin %s with roles %j: propose %s, govern the vocabulary %s',
		(isInstanceAdmin, activeRoles, propose, govern) => {
			expect(canProposeExperience({ isInstanceAdmin, activeRoles })).toBe(propose);
			expect(canGovernVocabulary({ isInstanceAdmin, activeRoles })).toBe(govern);
		}
	);
});
