import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../organisations/vocabulary';
import { changeOccurrenceRefusal } from './change-occurrence';
import type { GroupViewer } from './policy';
import { GROUP_MEMBER_STATUSES, GROUP_ROLES, type GroupMemberStatus, type GroupRole } from './vocabulary';

const now = new Date('2026-11-22T10:00:00Z');
const upcoming = {
	status: 'scheduled' as const,
	startsAt: new Date('2026-12-01T17:00:00Z'),
	archived: false
};

// Who may change an occurrence: the group's active facilitators and the organisation's coordinators.
describe('changeOccurrenceRefusal: who', () => {
	const places: Array<{ role: GroupRole; status: GroupMemberStatus } | null> = [
		null,
		...GROUP_ROLES.flatMap((role) => GROUP_MEMBER_STATUSES.map((status) => ({ role, status })))
	];
	for (const organisationRole of [null, ...ROLES] as Array<Role | null>)
		for (const place of places) {
			const coordinator = organisationRole === 'coordinator';
			const mayChange = coordinator || (place?.role === 'facilitator' && place.status === 'active');
			it(`${organisationRole ?? 'outsider'} × ${place ? `${place.role}/${place.status}` : 'not in the group'}: ${mayChange}`, () => {
				const viewer: GroupViewer = {
					isInstanceAdmin: false,
					organisationRole,
					groupMember: place && { ...place, charterCurrent: true }
				};
				expect(changeOccurrenceRefusal(viewer, upcoming, now)).toBe(
					mayChange ? null : 'error.session.notFacilitator'
				);
			});
		}
	it('nobody without a viewer', () => {
		expect(changeOccurrenceRefusal(null, upcoming, now)).toBe('error.session.notFacilitator');
	});
});

describe('changeOccurrenceRefusal: when', () => {
	const coordinator: GroupViewer = {
		isInstanceAdmin: false,
		organisationRole: 'coordinator',
		groupMember: null
	};
	it.each([
		['an upcoming scheduled occurrence', {}, null],
		['a cancelled one', { status: 'cancelled' as const }, 'error.session.cancelled'],
		['one that started', { startsAt: now }, 'error.session.started'],
		['one in an archived group', { archived: true }, 'error.session.groupArchived']
	])('%s', (_, change, refusal) => {
		expect(changeOccurrenceRefusal(coordinator, { ...upcoming, ...change }, now)).toBe(refusal);
	});
});
