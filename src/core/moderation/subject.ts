import { and, asc, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accounts,
	contactRequests,
	conversationParticipants,
	conversations,
	helpRequests,
	messages
} from '../../db/schema';
import { notFromBlockedAuthor } from '../conversations/message-view';
import { sharedOrganisation } from '../conversations/queries';
import { DomainError } from '../shared';
import type { SubjectKind } from './policy';

export interface ResolvedSubject {
	subjectAccountId: string | null;
	/** Where it happened, when the subject says so itself (a conversation opened in an organisation). */
	organisationId: string | null;
	/** The reported words as they are now (a message's text, a help request's), kept as moderation evidence. */
	text: string | null;
}

/**
 * Checks that the reporter can see what they report, and finds whose it is. Something the reporter cannot
 * see is NOT_FOUND, exactly like something that does not exist. A message follows the rule of reading
 * (`loadMessages`): the reporter takes part in the conversation, the message is neither deleted, hidden
 * nor expired, and in a group it came after the reporter joined and is not from someone they blocked.
 */
export async function resolveSubjectForReporter(
	db: DatabaseOrTransaction,
	reporterId: string,
	kind: SubjectKind,
	subjectId: string,
	now: Date
): Promise<ResolvedSubject> {
	if (kind === 'message') {
		const [row] = await db
			.select({
				authorId: messages.authorId,
				organisationId: conversations.organisationId,
				body: messages.body
			})
			.from(messages)
			.innerJoin(conversations, eq(conversations.id, messages.conversationId))
			.innerJoin(
				conversationParticipants,
				and(
					eq(conversationParticipants.conversationId, messages.conversationId),
					eq(conversationParticipants.accountId, reporterId)
				)
			)
			.where(
				and(
					eq(messages.id, subjectId),
					isNull(messages.deletedAt),
					isNull(messages.hiddenAt),
					or(isNull(messages.expiresAt), gt(messages.expiresAt, now)),
					or(
						ne(conversations.kind, 'group'),
						and(gt(messages.seq, conversationParticipants.joinedAfterSeq), notFromBlockedAuthor(reporterId))
					)
				)
			);
		if (!row) throw new DomainError('NOT_FOUND');
		return { subjectAccountId: row.authorId, organisationId: row.organisationId, text: row.body };
	}
	if (kind === 'help_request') {
		// A help request is seen by its requester and by the supporters it was sent to, until it is hidden.
		const [row] = await db
			.select({ requesterId: helpRequests.requesterId, hopes: helpRequests.hopes })
			.from(helpRequests)
			.innerJoin(contactRequests, eq(contactRequests.helpRequestId, helpRequests.id))
			.where(
				and(
					eq(helpRequests.id, subjectId),
					eq(contactRequests.supporterId, reporterId),
					ne(helpRequests.status, 'hidden')
				)
			)
			.limit(1);
		if (!row) throw new DomainError('NOT_FOUND');
		return { subjectAccountId: row.requesterId, organisationId: null, text: row.hopes };
	}
	// A profile: reported by someone who can see it, i.e. shares an organisation with its owner and was
	// not blocked by them (a blocked person finds no profile at all, as in `viewProfile`).
	const [row] = await db
		.select({ id: accounts.id })
		.from(accounts)
		.where(
			and(
				eq(accounts.id, subjectId),
				sql`not exists (select 1 from blocks where blocks.blocker_id = ${accounts.id}
					and blocks.blocked_id = ${reporterId})`
			)
		);
	if (!row || !(await sharedOrganisation(db, reporterId, row.id))) throw new DomainError('NOT_FOUND');
	return { subjectAccountId: row.id, organisationId: null, text: null };
}

export interface ExcerptMessage {
	id: string;
	author: string | null;
	authorId: string | null;
	body: string | null;
	createdAt: Date;
	reported: boolean;
}

/** Messages shown around a reported one: moderators never read a whole conversation. */
export const EXCERPT_AROUND = 2;

/** The reported message and the few around it, in order. */
export async function messageExcerpt(
	db: DatabaseOrTransaction,
	messageId: string
): Promise<ExcerptMessage[]> {
	const [target] = await db
		.select({ seq: messages.seq, conversationId: messages.conversationId })
		.from(messages)
		.where(eq(messages.id, messageId));
	if (!target) return [];
	const author = alias(accounts, 'author');
	const select = {
		id: messages.id,
		seq: messages.seq,
		author: author.pseudonym,
		authorId: messages.authorId,
		body: messages.body,
		deletedAt: messages.deletedAt,
		createdAt: messages.createdAt
	};
	const inConversation = eq(messages.conversationId, target.conversationId);
	const [before, after] = await Promise.all([
		db
			.select(select)
			.from(messages)
			.leftJoin(author, eq(author.id, messages.authorId))
			.where(and(inConversation, lt(messages.seq, target.seq)))
			.orderBy(desc(messages.seq))
			.limit(EXCERPT_AROUND),
		db
			.select(select)
			.from(messages)
			.leftJoin(author, eq(author.id, messages.authorId))
			.where(and(inConversation, or(eq(messages.seq, target.seq), gt(messages.seq, target.seq))))
			.orderBy(asc(messages.seq))
			.limit(EXCERPT_AROUND + 1)
	]);
	return [...before.reverse(), ...after].map((row) => ({
		id: row.id,
		author: row.author,
		authorId: row.authorId,
		body: row.deletedAt ? null : row.body,
		createdAt: row.createdAt,
		reported: row.id === messageId
	}));
}
