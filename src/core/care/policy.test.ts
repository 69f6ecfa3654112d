import { describe, expect, it } from 'vitest';
import type { Viewer } from '../organisations/policy';
import { canAlertAccompaniment, canManageContacts, canReadContacts, canSeeAlerts } from './policy';

const active = (role: string): Viewer =>
	({ isInstanceAdmin: false, membership: { role, status: 'active' } }) as Viewer;

// A coordinator of another organisation has no membership in this one: they are an outsider here.
const VIEWERS: Record<string, Viewer> = {
	visitor: null,
	'coordinator of another organisation': { isInstanceAdmin: false, membership: null },
	'pending member': { isInstanceAdmin: false, membership: { role: 'member', status: 'pending' } },
	'pending coordinator': { isInstanceAdmin: false, membership: { role: 'coordinator', status: 'pending' } },
	member: active('member'),
	'peer supporter': active('peer_supporter'),
	moderator: active('moderator'),
	professional: active('professional'),
	coordinator: active('coordinator'),
	'instance admin': { isInstanceAdmin: true, membership: null }
};

const EXPECTED: Record<string, { manage: boolean; read: boolean; alerts: boolean }> = {
	visitor: { manage: false, read: false, alerts: false },
	'coordinator of another organisation': { manage: false, read: false, alerts: false },
	'pending member': { manage: false, read: false, alerts: false },
	'pending coordinator': { manage: false, read: false, alerts: false },
	member: { manage: false, read: true, alerts: false },
	'peer supporter': { manage: false, read: true, alerts: false },
	moderator: { manage: false, read: true, alerts: false },
	professional: { manage: false, read: true, alerts: false },
	coordinator: { manage: true, read: true, alerts: true },
	'instance admin': { manage: true, read: true, alerts: true }
};

describe('organisation contacts and alerts, by viewer', () => {
	it.each(Object.keys(VIEWERS))('%s', (name) => {
		const viewer = VIEWERS[name]!;
		expect({
			manage: canManageContacts(viewer),
			read: canReadContacts(viewer),
			alerts: canSeeAlerts(viewer)
		}).toEqual(EXPECTED[name]);
	});
});

describe('who may mark an accompaniment difficult', () => {
	const open = { status: 'open', requesterId: 'requester', supporterId: 'supporter' };
	it.each([
		['the supporter of an open accompaniment', 'supporter', open, true],
		['the person accompanied', 'requester', open, false],
		['someone else', 'stranger', open, false],
		['the supporter once it has ended', 'supporter', { ...open, status: 'ended' }, false]
	] as const)('%s: %s', (_case, actorId, accompaniment, expected) => {
		expect(canAlertAccompaniment(actorId, accompaniment)).toBe(expected);
	});
});
