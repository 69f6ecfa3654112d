import { describe, expect, it } from 'vitest';
import { canDo, ORGANISATION_ACTIONS, type OrganisationAction, type Viewer } from './policy';
import { ROLES, type Role } from './vocabulary';

const visitor: Viewer = null;
const outsider: Viewer = { isInstanceAdmin: false, membership: null };
const admin: Viewer = { isInstanceAdmin: true, membership: null };
const active = (role: Role): Viewer => ({ isInstanceAdmin: false, membership: { role, status: 'active' } });
const pending = (role: Role): Viewer => ({ isInstanceAdmin: false, membership: { role, status: 'pending' } });

// Every viewer kind against every action: a new action or role fails this test until it is decided here.
const MATRIX: Record<string, Record<OrganisationAction, boolean>> = {
	visitor: row({ 'organisation.view': true }),
	outsider: row({ 'organisation.view': true, 'organisation.join': true }),
	admin: row({
		'organisation.view': true,
		'organisation.create': true,
		'organisation.update': true,
		'organisation.join': true,
		'members.list': true,
		'members.manage': true
	}),
	'pending member': row({ 'organisation.view': true, 'membership.leave': true }),
	member: peer(),
	peer_supporter: peer(),
	relative: peer(),
	professional: row({
		'organisation.view': true,
		'membership.leave': true,
		'membership.setVisibility': true
	}),
	moderator: peer(),
	coordinator: row({
		'organisation.view': true,
		'organisation.update': true,
		'membership.leave': true,
		'membership.setVisibility': true,
		'members.list': true,
		'members.manage': true
	})
};

function row(allowed: Partial<Record<OrganisationAction, boolean>>): Record<OrganisationAction, boolean> {
	return Object.fromEntries(
		ORGANISATION_ACTIONS.map((action) => [action, allowed[action] ?? false])
	) as Record<OrganisationAction, boolean>;
}
function peer() {
	return row({
		'organisation.view': true,
		'membership.leave': true,
		'membership.setVisibility': true,
		'members.list': true
	});
}

const VIEWERS: Record<string, Viewer> = {
	visitor,
	outsider,
	admin,
	'pending member': pending('member'),
	...Object.fromEntries(ROLES.map((role) => [role, active(role)]))
};

describe('organisation policy matrix', () => {
	it('covers every role', () => {
		expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(VIEWERS).sort());
	});

	for (const [name, viewer] of Object.entries(VIEWERS)) {
		for (const action of ORGANISATION_ACTIONS) {
			it(`${name} ${MATRIX[name]![action] ? 'may' : 'may not'} ${action}`, () => {
				expect(canDo(viewer, action)).toBe(MATRIX[name]![action]);
			});
		}
	}

	it('treats every pending role like a pending member', () => {
		for (const role of ROLES) {
			for (const action of ORGANISATION_ACTIONS) {
				expect(canDo(pending(role), action)).toBe(MATRIX['pending member']![action]);
			}
		}
	});
});
