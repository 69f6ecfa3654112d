import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Transaction } from '../../db/client';
import { accounts, helpRequests, messages, moderationDecisions, reports, sessions } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx, type DomainEvent } from '../shared';
import { endMembership } from '../organisations/end-membership';
import { notifyAll, type NotifyInput } from '../notifications/notify';
import { allowedActions, concernsSubject, type DecisionAction } from './policy';
import { isKnowledgeSubject, setKnowledgeSubjectHidden } from './knowledge-subject';
import { isOffersSubject, setOffersSubjectHidden } from './offers-subject';
import { requireModeratedReport, type ReportRow } from './queries';
import { DecideReportSchema } from './schemas';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A moderator decides on a report, always with a statement of reasons (shown to the person concerned;
 * the reporter sees the outcome). The decision applies at once: hidden content, a warning, a suspension
 * that signs the person out everywhere and closes their event streams, removal from the organisation, or
 * escalation to instance admins. Open reports about the same content are decided together.
 */
export async function decideReport(ctx: Ctx, input: z.input<typeof DecideReportSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(DecideReportSchema, input);
	const { report, staff } = await requireModeratedReport(ctx.db, actor, command.reportId);
	if (report.status !== 'open') throw new DomainError('CONFLICT', 'error.reportDecided');
	permit(allowedActions(staff, report, actor.accountId).includes(command.action), 'error.decisionNotAllowed');
	const now = ctx.clock.now();
	const suspendedUntil =
		command.action === 'suspend' ? new Date(now.getTime() + command.suspendDays! * DAY_MS) : null;

	const events: DomainEvent[] = [];
	const decisionId = await ctx.db.transaction(async (tx) => {
		// Two moderators deciding at once: the second finds the report decided.
		const [locked] = await tx
			.update(reports)
			.set(
				command.action === 'escalate'
					? { escalated: true, assigneeId: null }
					: { status: 'decided', decidedAt: now, contentCopy: null }
			)
			.where(
				and(eq(reports.id, report.id), eq(reports.status, 'open'), eq(reports.escalated, report.escalated))
			)
			.returning({ id: reports.id });
		if (!locked) throw new DomainError('CONFLICT', 'error.reportDecided');
		const [decision] = await tx
			.insert(moderationDecisions)
			.values({
				reportId: report.id,
				organisationId: report.organisationId,
				moderatorId: actor.accountId,
				subjectAccountId: report.subjectAccountId,
				action: command.action,
				ground: command.ground,
				statement: command.statement,
				suspendedUntil,
				createdAt: now
			})
			.returning({ id: moderationDecisions.id });
		const handled =
			command.action === 'escalate' ? [] : [report, ...(await decideSameContent(tx, report, now))];
		await apply(tx, command.action, report, { decisionId: decision!.id, now, suspendedUntil, events });
		events.push(...(await notifyAll(tx, told(report, command.action, decision!.id, handled, now))));
		return decision!.id;
	});

	ctx.events.emit({ type: 'report.changed', reportId: report.id, organisationId: report.organisationId });
	ctx.events.emit({ type: 'moderation.decided', decisionId, subjectAccountId: report.subjectAccountId });
	for (const event of events) ctx.events.emit(event);
	return { decisionId, action: command.action, suspendedUntil };
}

/**
 * Other people's open reports about the same content share the decision (each reporter sees the outcome).
 * A decided report no longer needs its copy of the reported words: it goes with the decision.
 */
async function decideSameContent(
	tx: Transaction,
	report: ReportRow,
	now: Date
): Promise<Array<{ id: string; reporterId: string | null }>> {
	return tx
		.update(reports)
		.set({ status: 'decided', decidedAt: now, contentCopy: null })
		.where(
			and(
				eq(reports.subjectKind, report.subjectKind),
				eq(reports.subjectId, report.subjectId),
				eq(reports.status, 'open'),
				eq(reports.escalated, report.escalated)
			)
		)
		.returning({ id: reports.id, reporterId: reports.reporterId });
}

/**
 * Who hears of a decision, in its commit: the person it concerns (when it is about them: not a "no action"
 * nor an escalation), and each reporter whose report it closed, told only that their report was handled
 * (their moderation page shows what they may know of the outcome, nothing more).
 */
function told(
	report: ReportRow,
	action: DecisionAction,
	decisionId: string,
	handled: Array<{ id: string; reporterId: string | null }>,
	now: Date
): NotifyInput[] {
	const organisationId = report.organisationId;
	const inputs: NotifyInput[] = handled.flatMap((closed) =>
		closed.reporterId
			? [
					{
						accountId: closed.reporterId,
						kind: 'report.handled' as const,
						subjectId: closed.id,
						organisationId,
						now
					}
				]
			: []
	);
	if (report.subjectAccountId && concernsSubject(action))
		inputs.push({
			accountId: report.subjectAccountId,
			kind: 'moderation.decided',
			subjectId: decisionId,
			organisationId,
			now
		});
	return inputs;
}

async function apply(
	tx: Transaction,
	action: DecisionAction,
	report: ReportRow,
	effects: { decisionId: string; now: Date; suspendedUntil: Date | null; events: DomainEvent[] }
): Promise<void> {
	const subjectId = report.subjectAccountId;
	switch (action) {
		case 'hide_content': {
			if (report.subjectKind === 'message') {
				const hidden = await tx
					.update(messages)
					.set({ hiddenAt: effects.now })
					.where(eq(messages.id, report.subjectId))
					.returning({ conversationId: messages.conversationId, seq: messages.seq });
				for (const message of hidden)
					effects.events.push({
						type: 'message.changed',
						conversationId: message.conversationId,
						seq: message.seq
					});
			} else if (report.subjectKind === 'help_request') {
				await tx.update(helpRequests).set({ status: 'hidden' }).where(eq(helpRequests.id, report.subjectId));
			} else if (isKnowledgeSubject(report.subjectKind)) {
				await setKnowledgeSubjectHidden(tx, report.subjectKind, report.subjectId, effects.now);
			} else if (isOffersSubject(report.subjectKind)) {
				await setOffersSubjectHidden(tx, report.subjectKind, report.subjectId, effects.now);
			}
			return;
		}
		case 'suspend': {
			if (!subjectId) return;
			await tx
				.update(accounts)
				.set({ suspendedUntil: effects.suspendedUntil })
				.where(eq(accounts.id, subjectId));
			await tx.delete(sessions).where(eq(sessions.accountId, subjectId));
			effects.events.push({ type: 'account.suspended', accountId: subjectId });
			return;
		}
		case 'remove_from_organisation': {
			if (!subjectId || !report.organisationId) return;
			const [decision] = await tx
				.select({ moderatorId: moderationDecisions.moderatorId })
				.from(moderationDecisions)
				.where(eq(moderationDecisions.id, effects.decisionId));
			// The one way a membership ends: out of the organisation's groups, accompaniments there ended.
			const removed = await endMembership(tx, {
				organisationId: report.organisationId,
				accountId: subjectId,
				endedBy: decision?.moderatorId ?? null,
				now: effects.now
			});
			if (!removed) return;
			// Kept on the decision, so that reversing it on appeal gives the same role back.
			await tx
				.update(moderationDecisions)
				.set({ removedRole: removed.role })
				.where(eq(moderationDecisions.id, effects.decisionId));
			effects.events.push(...removed.events);
			return;
		}
		case 'no_action':
		case 'warn':
		case 'escalate':
			return;
	}
}
