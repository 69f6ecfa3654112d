/** Pure rules of appeals: who may contest which decision and until when, and who reviews an appeal. */
import { concernsSubject, type DecisionAction, type StaffScope } from './policy';

/** A decision can be contested this many days after it was taken. */
export const APPEAL_WINDOW_DAYS = 30;
export const APPEAL_REASON_MIN = 20;
export const APPEAL_REASON_MAX = 2000;
export const APPEAL_STATUSES = ['open', 'upheld', 'reversed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type AppellantRole = 'subject' | 'reporter';
export const APPEAL_OUTCOMES = ['upheld', 'reversed'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AppealableDecision {
	action: DecisionAction;
	subjectAccountId: string | null;
	/** Whether this person filed a report that the decision closed (theirs or another about the same content). */
	decidedMyReport: boolean;
	createdAt: Date;
	reversedAt: Date | null;
	/** This person's earlier appeal against the decision, if any: each party contests once. */
	alreadyAppealed: boolean;
}

/**
 * In which capacity this person may contest the decision, or null. The person concerned contests what
 * happened to them (hidden content, warning, removal, suspension); "no action" and escalation did nothing
 * to them. The reporter contests the outcome of their report, "no action" included; an escalation is not
 * an outcome yet.
 */
export function appellantRoleFor(decision: AppealableDecision, accountId: string): AppellantRole | null {
	if (decision.subjectAccountId === accountId && concernsSubject(decision.action)) return 'subject';
	if (decision.decidedMyReport && decision.action !== 'escalate') return 'reporter';
	return null;
}

export type AppealRefusal = 'not_party' | 'too_late' | 'already_appealed' | 'reversed';

/** Why this person may not contest the decision now, or null when they may. */
export function appealRefusal(
	decision: AppealableDecision,
	accountId: string,
	now: Date
): AppealRefusal | null {
	if (!appellantRoleFor(decision, accountId)) return 'not_party';
	if (decision.alreadyAppealed) return 'already_appealed';
	if (decision.reversedAt) return 'reversed';
	if (now.getTime() - decision.createdAt.getTime() > APPEAL_WINDOW_DAYS * DAY_MS) return 'too_late';
	return null;
}

/** The last day an appeal is accepted, for the people concerned. */
export const appealDeadline = (decidedAt: Date) =>
	new Date(decidedAt.getTime() + APPEAL_WINDOW_DAYS * DAY_MS);

/**
 * Who reviews an appeal: 'organisation' (its moderators and coordinators), 'instance' (instance admins) or
 * 'decider' (the person who decided, when there is truly nobody else).
 */
export type ReviewTier = 'organisation' | 'instance' | 'decider';

export interface AppealReviewFacts {
	/** The organisation where the report happened (null for instance-wide content or a deleted organisation). */
	organisationId: string | null;
	/** Decided by instance admins: an escalated or instance-wide report, or a suspension. */
	onInstance: boolean;
	moderatorId: string | null;
	appellantId: string;
	subjectAccountId: string | null;
	/** The organisation's active moderators and coordinators other than the decider, the appellant and the subject. */
	otherOrganisationStaff: number;
	/** Instance admins other than the decider, the appellant and the subject. */
	otherAdmins: number;
}

/**
 * The same audience that could decide the original report reviews the appeal, minus the person who
 * decided. When nobody else in the organisation can (one coordinator), it goes to the instance admins;
 * only when no one else at all can does the decider look at it again.
 */
export function appealReviewTier(facts: AppealReviewFacts): ReviewTier {
	if (!facts.onInstance && facts.organisationId !== null && facts.otherOrganisationStaff > 0)
		return 'organisation';
	if (facts.otherAdmins > 0) return 'instance';
	return 'decider';
}

/**
 * Whether this member of staff reviews the appeal. Nobody reviews an appeal they filed or one about
 * themselves, and the decider only when the tier says nobody else can.
 */
export function canReviewAppeal(staff: StaffScope, actorId: string, facts: AppealReviewFacts): boolean {
	if (actorId === facts.appellantId || actorId === facts.subjectAccountId) return false;
	const tier = appealReviewTier(facts);
	if (tier === 'decider') return actorId === facts.moderatorId;
	if (actorId === facts.moderatorId) return false;
	if (tier === 'instance') return staff.isInstanceAdmin;
	return facts.organisationId !== null && staff.moderates.includes(facts.organisationId);
}
