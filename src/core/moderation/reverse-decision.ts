import { and, eq, gt, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import {
	accounts,
	helpRequests,
	memberships,
	messages,
	moderationDecisions,
	organisations,
	reports
} from '../../db/schema';
import type { DomainEvent } from '../shared';
import type { AppellantRole } from './appeal-policy';
import { isKnowledgeSubject, knowledgeWordsNow, setKnowledgeSubjectHidden } from './knowledge-subject';
import { isOffersSubject, offersWordsNow, setOffersSubjectHidden } from './offers-subject';

interface ReversedDecision {
	id: string;
	action: string;
	organisationId: string | null;
	subjectAccountId: string | null;
	suspendedUntil: Date | null;
	removedRole: string | null;
	createdAt: Date;
	report: { id: string; subjectKind: string; subjectId: string; status: string } | null;
}

/**
 * What a reversed appeal changes, inside the appeal's transaction. The person concerned won: the decision
 * is marked reversed and its effects undone where they can be (content visible again, the suspension it
 * set lifted, the membership back). The reporter won: the report goes back to the team for a new decision
 * ("no action" is then marked reversed; a sanction they found too light stands until the new decision),
 * with a moderation copy of the reported words taken again.
 */
export async function reverseDecision(
	tx: Transaction,
	decisionId: string,
	appellantRole: AppellantRole,
	now: Date,
	events: DomainEvent[]
): Promise<void> {
	const [decision] = await tx
		.select({
			id: moderationDecisions.id,
			action: moderationDecisions.action,
			organisationId: moderationDecisions.organisationId,
			subjectAccountId: moderationDecisions.subjectAccountId,
			suspendedUntil: moderationDecisions.suspendedUntil,
			removedRole: moderationDecisions.removedRole,
			createdAt: moderationDecisions.createdAt,
			report: {
				id: reports.id,
				subjectKind: reports.subjectKind,
				subjectId: reports.subjectId,
				status: reports.status
			}
		})
		.from(moderationDecisions)
		.leftJoin(reports, eq(reports.id, moderationDecisions.reportId))
		.where(eq(moderationDecisions.id, decisionId));
	if (!decision) return;
	const facts = decision as ReversedDecision;
	if (appellantRole === 'reporter') {
		if (facts.action === 'no_action') await markReversed(tx, facts, now, events);
		await reopenReport(tx, facts, events);
		return;
	}
	// Already reversed by another appeal: its effects were undone then.
	if (!(await markReversed(tx, facts, now, events))) return;
	await undoEffects(tx, facts, now, events);
}

async function markReversed(
	tx: Transaction,
	decision: ReversedDecision,
	now: Date,
	events: DomainEvent[]
): Promise<boolean> {
	const marked = await tx
		.update(moderationDecisions)
		.set({ reversedAt: now })
		.where(and(eq(moderationDecisions.id, decision.id), isNull(moderationDecisions.reversedAt)))
		.returning({ id: moderationDecisions.id });
	if (marked.length)
		events.push({
			type: 'moderation.reversed',
			decisionId: decision.id,
			subjectAccountId: decision.subjectAccountId
		});
	return marked.length > 0;
}

/**
 * The reported words as they are now, to copy again onto a reopened report: the decision deleted the copy
 * (create-report.ts), and the reviewers of the reopened report must see what was reported even if it is
 * edited or deleted before their decision. Null when nothing is left (a deleted message, an erased or
 * purged help request) or the subject has no words (a profile).
 */
const currentWords = sql`case ${reports.subjectKind}
	when 'message' then (select body from messages
		where messages.id = ${reports.subjectId}::uuid and messages.deleted_at is null)
	when 'help_request' then (select nullif(hopes, '') from help_requests
		where help_requests.id = ${reports.subjectId}::uuid)
	${knowledgeWordsNow(reports.subjectId)}
	${offersWordsNow(reports.subjectId)}
	end`;

async function reopenReport(tx: Transaction, decision: ReversedDecision, events: DomainEvent[]) {
	if (!decision.report) return;
	const reopened = await tx
		.update(reports)
		.set({ status: 'open', decidedAt: null, assigneeId: null, contentCopy: currentWords })
		.where(and(eq(reports.id, decision.report.id), eq(reports.status, 'decided')))
		.returning({ id: reports.id, organisationId: reports.organisationId });
	for (const report of reopened)
		events.push({ type: 'report.changed', reportId: report.id, organisationId: report.organisationId });
}

async function undoEffects(tx: Transaction, decision: ReversedDecision, now: Date, events: DomainEvent[]) {
	const subjectId = decision.subjectAccountId;
	switch (decision.action) {
		case 'hide_content': {
			const report = decision.report;
			if (report?.subjectKind === 'message') {
				const shown = await tx
					.update(messages)
					.set({ hiddenAt: null })
					.where(and(eq(messages.id, report.subjectId), isNotNull(messages.hiddenAt)))
					.returning({ conversationId: messages.conversationId, seq: messages.seq });
				for (const message of shown)
					events.push({ type: 'message.changed', conversationId: message.conversationId, seq: message.seq });
			} else if (report?.subjectKind === 'help_request') {
				await tx
					.update(helpRequests)
					.set({ status: 'open' })
					.where(and(eq(helpRequests.id, report.subjectId), eq(helpRequests.status, 'hidden')));
			} else if (report && isKnowledgeSubject(report.subjectKind)) {
				await setKnowledgeSubjectHidden(tx, report.subjectKind, report.subjectId, null);
			} else if (report && isOffersSubject(report.subjectKind)) {
				await setOffersSubjectHidden(tx, report.subjectKind, report.subjectId, null);
			}
			return;
		}
		case 'suspend': {
			if (!subjectId || !decision.suspendedUntil) return;
			// Only the suspension this decision set, and only if no later suspension (not reversed) replaced it.
			const [later] = await tx
				.select({ id: moderationDecisions.id })
				.from(moderationDecisions)
				.where(
					and(
						eq(moderationDecisions.subjectAccountId, subjectId),
						eq(moderationDecisions.action, 'suspend'),
						ne(moderationDecisions.id, decision.id),
						gt(moderationDecisions.createdAt, decision.createdAt),
						isNull(moderationDecisions.reversedAt)
					)
				)
				.limit(1);
			if (later) return;
			await tx
				.update(accounts)
				.set({ suspendedUntil: null })
				.where(and(eq(accounts.id, subjectId), eq(accounts.suspendedUntil, decision.suspendedUntil)));
			return;
		}
		case 'remove_from_organisation': {
			if (!subjectId || !decision.organisationId) return;
			const role = decision.removedRole ?? 'member';
			await restoreMembership(
				tx,
				{ organisationId: decision.organisationId, accountId: subjectId, role },
				now,
				events
			);
			return;
		}
		default:
			// A warning stays on record, marked reversed; "no action" and escalation changed nothing.
			return;
	}
}

/**
 * Removal deleted the membership row and kept its role on the decision (decide-report.ts): the person
 * comes back active with that role (a pending request to join again is granted with it; a membership they
 * already have again is left as it is). Decisions taken before the role was kept give "member" back.
 */
async function restoreMembership(
	tx: Transaction,
	{ organisationId, accountId, role }: { organisationId: string; accountId: string; role: string },
	now: Date,
	events: DomainEvent[]
) {
	const [organisation] = await tx
		.select({ charterVersion: organisations.charterVersion })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	if (!organisation) return;
	const [restored] = await tx
		.insert(memberships)
		.values({
			organisationId,
			accountId,
			role,
			status: 'active',
			charterVersionAccepted: organisation.charterVersion,
			charterAcceptedAt: now,
			requestedAt: now,
			approvedAt: now
		})
		.onConflictDoNothing()
		.returning({ id: memberships.id });
	// Asked to join again meanwhile: the request is granted.
	const [approved] = restored
		? [restored]
		: await tx
				.update(memberships)
				.set({ status: 'active', role, approvedAt: now })
				.where(
					and(
						eq(memberships.organisationId, organisationId),
						eq(memberships.accountId, accountId),
						eq(memberships.status, 'pending')
					)
				)
				.returning({ id: memberships.id });
	if (approved)
		events.push({ type: 'membership.changed', organisationId, membershipId: approved.id, accountId });
}
