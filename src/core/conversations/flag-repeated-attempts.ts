import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { selectRows } from '../../db/sql-helpers';
import { accounts, messages, reports } from '../../db/schema';
import type { SafetyNotice } from '../safety';
import { isOneToOne, REPEATED_ATTEMPTS } from './safety-notice-policy';

// Lives here rather than in core/safety: that module is pure and bundled in the browser.

/** Report reasons for the moderators' queue, one per kind of safety notice. */
const REPORT_REASON: Readonly<Record<SafetyNotice, string>> = {
	off_platform: 'off_platform',
	money: 'scam_money'
};

export interface FlaggedAttempt {
	conversation: { id: string; kind: string; accompanimentId: string | null };
	messageId: string;
	authorId: string;
	notice: SafetyNotice;
	now: Date;
}

/**
 * Inside the sending transaction: when a supporter's message is their third flagged one of the same kind
 * within seven days, files one system report for the moderators (never a second while one is open).
 * A requester's or an ordinary member's attempts are never reported: the reminder is enough for them.
 * Returns the report for the caller to announce after the commit.
 */
export async function flagRepeatedAttempts(
	tx: DatabaseOrTransaction,
	attempt: FlaggedAttempt
): Promise<{ reportId: string; organisationId: string | null } | null> {
	if (!isOneToOne(attempt.conversation.kind)) return null;
	const role = await supporterRole(tx, attempt);
	if (!role.isSupporter) return null;
	const [recent] = await tx
		.select({ value: count() })
		.from(messages)
		.where(
			and(
				eq(messages.authorId, attempt.authorId),
				eq(messages.safetyNotice, attempt.notice),
				gt(messages.createdAt, new Date(attempt.now.getTime() - REPEATED_ATTEMPTS.windowMs))
			)
		);
	if ((recent?.value ?? 0) < REPEATED_ATTEMPTS.count) return null;
	const reason = REPORT_REASON[attempt.notice];
	// Two sends in two conversations at once must not file two reports: they take turns on the author.
	await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, attempt.authorId)).for('update');
	const [open] = await tx
		.select({ id: reports.id })
		.from(reports)
		.where(
			and(
				eq(reports.source, 'system'),
				eq(reports.subjectAccountId, attempt.authorId),
				eq(reports.reason, reason),
				eq(reports.status, 'open')
			)
		)
		.limit(1);
	if (open) return null;
	const [report] = await tx
		.insert(reports)
		.values({
			reporterId: null,
			source: 'system',
			organisationId: role.organisationId,
			subjectKind: 'message',
			subjectId: attempt.messageId,
			subjectAccountId: attempt.authorId,
			reason,
			// The moderation copy, like a member's report: an edit or a deletion cannot erase the evidence.
			contentCopy: sql`(select body from messages where id = ${attempt.messageId})`,
			createdAt: attempt.now
		})
		.returning({ id: reports.id, organisationId: reports.organisationId });
	return { reportId: report!.id, organisationId: report!.organisationId };
}

/**
 * Whether the author supports the other participant here (the accompaniment's supporter; in a direct
 * conversation, an active peer supporter of its organisation or of one they share), and the organisation
 * whose moderators should look: the conversation's, else one both share where the author is active.
 */
async function supporterRole(
	tx: DatabaseOrTransaction,
	{ conversation, authorId }: FlaggedAttempt
): Promise<{ isSupporter: boolean; organisationId: string | null }> {
	const [row] = await selectRows<{ is_supporter: boolean; organisation_id: string | null }>(
		tx,
		sql`
		with facts as (
			select c.organisation_id as conversation_organisation,
				(select a.supporter_id from accompaniments a where a.id = c.accompaniment_id) as accompaniment_supporter,
				(select p.account_id from conversation_participants p
					where p.conversation_id = c.id and p.account_id <> ${authorId} limit 1) as other_id
			from conversations c where c.id = ${conversation.id}
		),
		shared as (
			select mine.organisation_id, mine.role
			from facts
			join memberships mine on mine.account_id = ${authorId} and mine.status = 'active'
			join memberships theirs on theirs.organisation_id = mine.organisation_id
				and theirs.account_id = facts.other_id and theirs.status = 'active'
			where facts.conversation_organisation is null or mine.organisation_id = facts.conversation_organisation
		)
		select
			case when ${conversation.kind} = 'accompaniment'
				then coalesce(facts.accompaniment_supporter = ${authorId}, false)
				else exists (select 1 from memberships m where m.account_id = ${authorId} and m.status = 'active'
					and m.role = 'peer_supporter'
					and m.organisation_id in (
						select organisation_id from shared
						union select facts.conversation_organisation where facts.conversation_organisation is not null))
			end as is_supporter,
			coalesce(facts.conversation_organisation,
				(select organisation_id from shared
					order by (role = 'peer_supporter') desc, organisation_id limit 1)) as organisation_id
		from facts`
	);
	return { isSupporter: row?.is_supporter === true, organisationId: row?.organisation_id ?? null };
}
