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

	// Whoever opened the group is a participant like the others: the rule does not know who it was.
	it.each([
		['the creator, still a peer supporter', true, { role: 'peer_supporter', status: 'active' }, true],
		['the creator, now a plain member', true, { role: 'member', status: 'active' }, false],
		['the creator, gone from the organisation', true, null, false],
		['another participant, a peer supporter', true, { role: 'peer_supporter', status: 'active' }, true],
		['another participant, a coordinator', true, { role: 'coordinator', status: 'active' }, true],
		['a participant, a plain member', true, { role: 'member', status: 'active' }, false],
		[
			'a participant, a suspended peer supporter',
			true,
			{ role: 'peer_supporter', status: 'suspended' },
			false
		],
		['a participant, a pending coordinator', true, { role: 'coordinator', status: 'pending' }, false],
		[
			'a coordinator of the organisation outside the group',
			false,
			{ role: 'coordinator', status: 'active' },
			false
		]
	] as const)('%s (participant %s, %o) may add people: %s', (_case, isParticipant, membership, expected) => {
		expect(canAddToGroup({ isParticipant, membership })).toBe(expected);
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
