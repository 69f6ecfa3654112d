import { describe, expect, it } from 'vitest';
import { canEnterIntervision, canReadIntervision, type IntervisionFacts } from './intervision-policy';

const base: IntervisionFacts = {
	groupKind: 'intervision',
	organisationRole: 'peer_supporter',
	groupMember: { role: 'member', status: 'active' },
	registration: { status: 'confirmed', pledged: true }
};
const facilitator = { role: 'facilitator', status: 'active' } as const;

describe('who enters an intervision occurrence', () => {
	it.each<[string, Partial<IntervisionFacts>, boolean, boolean]>([
		['a confirmed peer supporter who pledged', {}, true, true],
		[
			'a confirmed peer supporter who has not pledged yet',
			{ registration: { status: 'confirmed', pledged: false } },
			true,
			false
		],
		[
			'a peer supporter on the waiting list',
			{ registration: { status: 'waiting', pledged: true } },
			false,
			false
		],
		[
			'a peer supporter who cancelled',
			{ registration: { status: 'cancelled', pledged: true } },
			false,
			false
		],
		['a peer supporter not registered', { registration: null }, false, false],
		[
			'a facilitating peer supporter, not registered',
			{ groupMember: facilitator, registration: null },
			true,
			false
		],
		[
			'a facilitating coordinator who pledged',
			{ organisationRole: 'coordinator', groupMember: facilitator },
			true,
			true
		],
		['a coordinator who does not facilitate', { organisationRole: 'coordinator' }, false, false],
		['a professional, even confirmed and pledged', { organisationRole: 'professional' }, false, false],
		[
			'a professional facilitator',
			{ organisationRole: 'professional', groupMember: facilitator },
			false,
			false
		],
		['a relative, even confirmed and pledged', { organisationRole: 'relative' }, false, false],
		['a member (not a peer supporter)', { organisationRole: 'member' }, false, false],
		['someone who left the organisation', { organisationRole: null }, false, false],
		[
			'an invited facilitator who has not accepted',
			{ groupMember: { role: 'facilitator', status: 'invited' }, registration: null },
			false,
			false
		],
		['the same people in a talk group', { groupKind: 'talk' }, false, false]
	])('%s', (_name, change, enters, reads) => {
		const facts = { ...base, ...change };
		expect(canEnterIntervision(facts)).toBe(enters);
		expect(canReadIntervision(facts)).toBe(reads);
	});
});
