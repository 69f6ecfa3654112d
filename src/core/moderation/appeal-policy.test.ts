import { describe, expect, it } from 'vitest';
import {
	appealRefusal,
	appealReviewTier,
	appellantRoleFor,
	canReviewAppeal,
	type AppealableDecision,
	type AppealReviewFacts
} from './appeal-policy';
import type { DecisionAction, StaffScope } from './policy';

const SUBJECT = 'subject';
const REPORTER = 'reporter';
const STRANGER = 'stranger';
const DECIDED = new Date('2026-11-01T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(DECIDED.getTime() + days * DAY);

/** A decision about SUBJECT that closed REPORTER's report (as REPORTER sees it, decidedMyReport is for them). */
const decision = (
	action: DecisionAction,
	overrides: Partial<AppealableDecision> = {}
): AppealableDecision => ({
	action,
	subjectAccountId: SUBJECT,
	decidedMyReport: false,
	createdAt: DECIDED,
	reversedAt: null,
	alreadyAppealed: false,
	...overrides
});
const asReporter = (action: DecisionAction, overrides: Partial<AppealableDecision> = {}) =>
	decision(action, { decidedMyReport: true, ...overrides });

describe('who may contest a decision, and when', () => {
	it.each([
		['subject, hidden content', decision('hide_content'), SUBJECT, 'subject'],
		['subject, warning', decision('warn'), SUBJECT, 'subject'],
		['subject, suspension', decision('suspend'), SUBJECT, 'subject'],
		['subject, removal', decision('remove_from_organisation'), SUBJECT, 'subject'],
		['subject, no action (nothing happened to them)', decision('no_action'), SUBJECT, null],
		['subject, escalation (not a decision about them yet)', decision('escalate'), SUBJECT, null],
		['reporter, no action', asReporter('no_action'), REPORTER, 'reporter'],
		['reporter, hidden content', asReporter('hide_content'), REPORTER, 'reporter'],
		['reporter, escalation (no outcome yet)', asReporter('escalate'), REPORTER, null],
		['stranger', decision('hide_content'), STRANGER, null],
		['stranger, no action', decision('no_action'), STRANGER, null]
	])('%s → %s', (_label, facts, who, expected) => {
		expect(appellantRoleFor(facts, who)).toBe(expected);
	});

	it.each([
		['subject, the day of the decision', decision('warn'), SUBJECT, at(0), null],
		['subject, on day 30', decision('warn'), SUBJECT, at(30), null],
		['subject, on day 31', decision('warn'), SUBJECT, at(31), 'too_late'],
		['reporter, on day 29', asReporter('no_action'), REPORTER, at(29), null],
		['reporter, on day 45', asReporter('no_action'), REPORTER, at(45), 'too_late'],
		[
			'subject, a second time',
			decision('suspend', { alreadyAppealed: true }),
			SUBJECT,
			at(1),
			'already_appealed'
		],
		[
			'reporter, a second time',
			asReporter('no_action', { alreadyAppealed: true }),
			REPORTER,
			at(1),
			'already_appealed'
		],
		[
			'subject, reversed already',
			decision('hide_content', { reversedAt: at(2) }),
			SUBJECT,
			at(3),
			'reversed'
		],
		['subject, no action', decision('no_action'), SUBJECT, at(1), 'not_party'],
		['stranger', decision('hide_content'), STRANGER, at(1), 'not_party']
	])('%s → %s', (_label, facts, who, now, expected) => {
		expect(appealRefusal(facts, who, now)).toBe(expected);
	});
});

const ORG = 'org-a';
const DECIDER = 'decider';
const COLLEAGUE = 'colleague';
const ADMIN = 'admin';
const moderator: StaffScope = { isInstanceAdmin: false, moderates: [ORG] };
const otherOrganisation: StaffScope = { isInstanceAdmin: false, moderates: ['org-b'] };
const admin: StaffScope = { isInstanceAdmin: true, moderates: [] };
const adminAndModerator: StaffScope = { isInstanceAdmin: true, moderates: [ORG] };
const member: StaffScope = { isInstanceAdmin: false, moderates: [] };

const review = (overrides: Partial<AppealReviewFacts> = {}): AppealReviewFacts => ({
	organisationId: ORG,
	onInstance: false,
	moderatorId: DECIDER,
	appellantId: SUBJECT,
	subjectAccountId: SUBJECT,
	otherOrganisationStaff: 1,
	otherAdmins: 1,
	...overrides
});

describe('who reviews an appeal', () => {
	it.each([
		['organisation decision, a colleague exists', review(), 'organisation'],
		['organisation decision, one coordinator only', review({ otherOrganisationStaff: 0 }), 'instance'],
		['suspension or escalated report', review({ onInstance: true }), 'instance'],
		['instance-wide report', review({ organisationId: null, onInstance: true }), 'instance'],
		['nobody but the decider anywhere', review({ otherOrganisationStaff: 0, otherAdmins: 0 }), 'decider'],
		['instance decision, the only admin decided', review({ onInstance: true, otherAdmins: 0 }), 'decider']
	])('%s → %s', (_label, facts, expected) => {
		expect(appealReviewTier(facts)).toBe(expected);
	});

	it.each([
		['a colleague in the organisation', moderator, COLLEAGUE, review(), true],
		['the person who decided, when a colleague can', moderator, DECIDER, review(), false],
		['a moderator of another organisation', otherOrganisation, COLLEAGUE, review(), false],
		['an instance admin, organisation decision with a colleague', admin, ADMIN, review(), false],
		['a member', member, STRANGER, review(), false],
		[
			'an instance admin, one-coordinator organisation',
			admin,
			ADMIN,
			review({ otherOrganisationStaff: 0 }),
			true
		],
		['the lone coordinator who decided', moderator, DECIDER, review({ otherOrganisationStaff: 0 }), false],
		['an instance admin, suspension', admin, ADMIN, review({ onInstance: true }), true],
		['an organisation moderator, suspension', moderator, COLLEAGUE, review({ onInstance: true }), false],
		['the admin who suspended, another admin exists', admin, DECIDER, review({ onInstance: true }), false],
		[
			'the admin who suspended, no other admin',
			admin,
			DECIDER,
			review({ onInstance: true, otherAdmins: 0 }),
			true
		],
		[
			'the lone coordinator who decided, no admin either',
			moderator,
			DECIDER,
			review({ otherOrganisationStaff: 0, otherAdmins: 0 }),
			true
		],
		['an admin who coordinates the organisation (as its staff)', adminAndModerator, ADMIN, review(), true],
		['the appellant, even if staff', moderator, REPORTER, review({ appellantId: REPORTER }), false],
		[
			'the person concerned, when the reporter appeals',
			moderator,
			SUBJECT,
			review({ appellantId: REPORTER }),
			false
		]
	])('%s → %s', (_label, staff, actorId, facts, expected) => {
		expect(canReviewAppeal(staff, actorId, facts)).toBe(expected);
	});
});
