import { describe, expect, it } from 'vitest';
import {
	canAddToGroup,
	canLeaveConversation,
	canOpenGroup,
	groupHasRoomFor,
	MAX_GROUP_PARTICIPANTS
} from './group-policy';

describe('group conversations policy', () => {
	it.each([
		['coordinator', 'active', true],
		['peer_supporter', 'active', true],
		['coordinator', 'pending', false],
		['peer_supporter', 'suspended', false],
		['member', 'active', false],
		['moderator', 'active', false],
		['relative', 'active', false],
		['professional', 'active', false]
	] as const)('a %s (%s) may open a group: %s', (role, status, expected) => {
		expect(canOpenGroup({ role, status })).toBe(expected);
	});

	it('does not let someone outside the organisation open a group', () => {
		expect(canOpenGroup(null)).toBe(false);
	});

	it.each([
		[true, { role: 'coordinator', status: 'active' }, true],
		[true, { role: 'peer_supporter', status: 'active' }, true],
		[true, { role: 'member', status: 'active' }, false],
		[true, null, false],
		[false, { role: 'coordinator', status: 'active' }, false]
	] as const)('creator %s with membership %o may add people: %s', (isCreator, membership, expected) => {
		expect(canAddToGroup({ isCreator, membership })).toBe(expected);
	});

	it.each([
		[1, 49, true],
		[49, 1, true],
		[50, 0, true],
		[50, 1, false],
		[1, 50, false]
	])('%i participants plus %i fit: %s', (current, adding, expected) => {
		expect(groupHasRoomFor(current, adding)).toBe(expected);
	});

	it('caps groups at 50 participants', () => {
		expect(MAX_GROUP_PARTICIPANTS).toBe(50);
	});

	it.each([
		['group', true],
		['direct', true],
		['accompaniment', false]
	])('a %s conversation can be left: %s', (kind, expected) => {
		expect(canLeaveConversation(kind)).toBe(expected);
	});
});
