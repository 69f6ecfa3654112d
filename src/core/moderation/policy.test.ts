import { describe, expect, it } from 'vitest';
import { allowedActions, canModerateReport, type ReportFacts, type StaffScope } from './policy';

const ORG = 'org-a';
const OTHER = 'org-b';
const member: StaffScope = { isInstanceAdmin: false, moderates: [] };
const moderator: StaffScope = { isInstanceAdmin: false, moderates: [ORG] };
const otherModerator: StaffScope = { isInstanceAdmin: false, moderates: [OTHER] };
const admin: StaffScope = { isInstanceAdmin: true, moderates: [] };

const report = (overrides: Partial<ReportFacts> = {}): ReportFacts => ({
	organisationId: ORG,
	escalated: false,
	status: 'open',
	subjectKind: 'message',
	subjectAccountId: 'author',
	...overrides
});

describe('canModerateReport', () => {
	it.each([
		['member', member, report(), false],
		['moderator of the organisation', moderator, report(), true],
		['moderator of another organisation', otherModerator, report(), false],
		['instance admin, organisation report', admin, report(), false],
		['instance admin, escalated report', admin, report({ escalated: true }), true],
		['moderator, escalated report', moderator, report({ escalated: true }), false],
		['instance admin, instance-wide report', admin, report({ organisationId: null }), true],
		['moderator, instance-wide report', moderator, report({ organisationId: null }), false]
	])('%s → %s', (_label, staff, facts, expected) => {
		expect(canModerateReport(staff, facts)).toBe(expected);
	});
});

describe('allowedActions', () => {
	it.each([
		[
			'organisation moderator on a message',
			moderator,
			report(),
			['no_action', 'hide_content', 'warn', 'remove_from_organisation', 'escalate']
		],
		[
			'organisation moderator on a profile (nothing to hide)',
			moderator,
			report({ subjectKind: 'profile' }),
			['no_action', 'warn', 'remove_from_organisation', 'escalate']
		],
		[
			'instance admin on an escalated message',
			admin,
			report({ escalated: true }),
			['no_action', 'hide_content', 'warn', 'suspend', 'remove_from_organisation']
		],
		[
			'instance admin on instance-wide content',
			admin,
			report({ organisationId: null }),
			['no_action', 'hide_content', 'warn', 'suspend']
		],
		['another organisation’s moderator', otherModerator, report(), []],
		['a decided report', moderator, report({ status: 'decided' }), []],
		[
			'content of an erased account',
			admin,
			report({ organisationId: null, subjectAccountId: null }),
			['no_action', 'hide_content']
		]
	])('%s', (_label, staff, facts, expected) => {
		expect(allowedActions(staff, facts, 'moderator-id')).toEqual(expected);
	});

	it('never lets someone decide on a report about themselves', () => {
		expect(allowedActions(moderator, report({ subjectAccountId: 'me' }), 'me')).toEqual([]);
	});
});
