import { describe, expect, it } from 'vitest';
import {
	canEndMission,
	canReviseSheet,
	canSeeSheet,
	canSignOff,
	isFullySigned,
	progressOf,
	signingSide,
	type PathwayViewer
} from './policy';

const viewer = (
	accountId: string,
	role: string | null,
	status = 'active',
	isInstanceAdmin = false
): PathwayViewer => ({
	accountId,
	isInstanceAdmin,
	membership: role ? ({ role, status } as PathwayViewer['membership']) : null
});
const coordinator = viewer('c', 'coordinator');
const pendingCoordinator = viewer('c', 'coordinator', 'pending');
const referent = viewer('r', 'peer_supporter');
const member = viewer('m', 'member');
const admin = viewer('a', null, 'active', true);
const enrolment = { accountId: 'm', referentId: 'r' };
const sheet = { supporterId: 'm', status: 'active' };

describe('signing steps off', () => {
	it.each([
		['a coordinator', coordinator, true],
		['a coordinator not yet approved', pendingCoordinator, false],
		['the named referent', referent, true],
		['another peer supporter', viewer('x', 'peer_supporter'), false],
		['the person themselves', member, false],
		['an instance administrator', admin, true],
		['a coordinator on their own path', viewer('m', 'coordinator'), false]
	])('%s: %s', (_who, who, allowed) => expect(canSignOff(who, enrolment)).toBe(allowed));
});

describe('mission sheets', () => {
	it.each([
		['the supporter', member, 'supporter', true, false, true],
		['a coordinator', coordinator, 'organisation', true, true, true],
		['a coordinator who is the supporter', viewer('m', 'coordinator'), 'supporter', true, false, true],
		['another member', viewer('x', 'member'), null, false, false, false],
		['a pending coordinator', pendingCoordinator, null, false, false, false]
	])('%s signs as %s, sees %s, revises %s, ends %s', (_who, who, side, sees, revises, ends) => {
		expect(signingSide(who, sheet)).toBe(side);
		expect(canSeeSheet(who, sheet)).toBe(sees);
		expect(canReviseSheet(who, sheet)).toBe(revises);
		expect(canEndMission(who, sheet)).toBe(ends);
	});

	it('lets nobody sign, revise or end an ended mission', () => {
		const ended = { ...sheet, status: 'ended' };
		for (const who of [member, coordinator]) {
			expect(signingSide(who, ended)).toBeNull();
			expect(canReviseSheet(who, ended)).toBe(false);
			expect(canEndMission(who, ended)).toBe(false);
		}
	});

	it.each([
		[
			'both sides on this text',
			[
				['supporter', 2, 'h2'],
				['organisation', 2, 'h2']
			],
			true
		],
		['one side only', [['supporter', 2, 'h2']], false],
		[
			'both, one on the former version',
			[
				['supporter', 1, 'h1'],
				['organisation', 2, 'h2']
			],
			false
		],
		[
			'both, one on another text',
			[
				['supporter', 2, 'hx'],
				['organisation', 2, 'h2']
			],
			false
		]
	] as const)('is in force with %s: %s', (_case, signatures, inForce) => {
		const list = signatures.map(([side, version, textHash]) => ({ side, version, textHash }));
		expect(isFullySigned({ version: 2, textHash: 'h2' }, list)).toBe(inForce);
	});
});

describe('progress', () => {
	it.each([
		[[], 'a', 0],
		[['a'], 'b', 1],
		[['b'], 'a', 1],
		[['a', 'b', 'c'], null, 3]
	] as const)('with %j done, the current step is %s', (done, current, count) => {
		const steps = [
			{ id: 'c', position: 3 },
			{ id: 'a', position: 1 },
			{ id: 'b', position: 2 }
		];
		const progress = progressOf(steps, new Set(done));
		expect(progress.current).toBe(current);
		expect(progress.doneCount).toBe(count);
		expect(progress.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
	});
});
