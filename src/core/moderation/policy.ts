/** Pure rules of moderation: what can be reported, who moderates what, which decisions each may take. */

import type { RateRule } from '../shared/rate-limit';

export const REPORT_REASONS = [
	'harassment',
	'sexual',
	'off_platform',
	'scam_money',
	'outing',
	'hate',
	'self_harm',
	'other'
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** What can be reported: conversation messages, profiles, help requests, the knowledge commons's
 * contributions, confirmations (their nuances) and proposed revisions, and peer services and job offers. */
export const SUBJECT_KINDS = [
	'message',
	'profile',
	'help_request',
	'contribution',
	'confirmation',
	'revision',
	'service',
	'job_offer'
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const DECISION_ACTIONS = [
	'no_action',
	'hide_content',
	'warn',
	'suspend',
	'remove_from_organisation',
	'escalate'
] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Suspensions offered, in days. */
export const SUSPENSION_DAYS = [1, 7, 30, 365] as const;

/** A member may file this many reports per hour; more is abuse of the queue, not protection. */
export const REPORTS_PER_HOUR = 10;
/** The same limit as a token bucket (src/core/shared/rate-limit.ts), keyed by reporter. */
export const REPORT_RULE: RateRule = { capacity: REPORTS_PER_HOUR, perSeconds: 60 * 60 };
export const STATEMENT_MIN = 20;
export const STATEMENT_MAX = 2000;

/** What a member of staff is, from the database: their instance role and the organisations they moderate. */
export interface StaffScope {
	isInstanceAdmin: boolean;
	/** Organisations where the person is an active moderator or coordinator. */
	moderates: readonly string[];
}

export interface ReportFacts {
	organisationId: string | null;
	escalated: boolean;
	status: 'open' | 'decided';
	subjectKind: SubjectKind;
	subjectAccountId: string | null;
}

/**
 * Who handles a report: the moderators and coordinators of the organisation where it happened, until it
 * is escalated; instance admins handle instance-wide reports (no organisation) and escalated ones. An
 * instance admin does not read an organisation's queue otherwise: staff see as little as they need.
 */
export function canModerateReport(staff: StaffScope, report: ReportFacts): boolean {
	if (report.organisationId === null || report.escalated) return staff.isInstanceAdmin;
	return staff.moderates.includes(report.organisationId);
}

export const isStaff = (staff: StaffScope) => staff.isInstanceAdmin || staff.moderates.length > 0;

/**
 * The decisions open to this person on this report. Suspension is platform-wide, so only instance admins
 * take it (an organisation's moderators escalate); removal from an organisation needs one; escalation goes
 * from an organisation to the instance, once; content can be hidden only where it can be hidden (a
 * message or a help request, not a whole profile). Decided reports take no further decision.
 */
export function allowedActions(staff: StaffScope, report: ReportFacts, actorId: string): DecisionAction[] {
	if (report.status !== 'open' || !canModerateReport(staff, report)) return [];
	// Nobody decides on a report about themselves.
	if (report.subjectAccountId === actorId) return [];
	const actions: DecisionAction[] = ['no_action', 'warn'];
	if (report.subjectKind !== 'profile') actions.splice(1, 0, 'hide_content');
	const onInstance = report.organisationId === null || report.escalated;
	if (onInstance && report.subjectAccountId) actions.push('suspend');
	if (report.organisationId !== null && report.subjectAccountId) actions.push('remove_from_organisation');
	if (!onInstance) actions.push('escalate');
	if (report.subjectAccountId === null) return actions.filter((action) => action !== 'warn');
	return actions;
}

/** The person concerned is told about decisions that affect them; "no action" and escalation are not about them. */
export const concernsSubject = (action: DecisionAction) => action !== 'no_action' && action !== 'escalate';
