import {
	and,
	asc,
	desc,
	eq,
	gt,
	inArray,
	isNull,
	lt,
	or,
	sql,
	type AnyColumn,
	type Placeholder
} from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { reusable } from '../../db/reusable';
import { accounts, messageEdits, messages } from '../../db/schema';
import type { SafetyNotice } from '../safety';
import { canDeleteMessage, canEditMessage } from './policy';

/** A message as a participant sees it: a deleted one has no body, a deleted author no name. */
export interface MessageView {
	seq: number;
	id: string;
	author: { accountId: string; pseudonym: string } | null;
	mine: boolean;
	body: string | null;
	deleted: boolean;
	/** Hidden by a moderation decision: no body for anyone; the author reads the reasons in their account. */
	hidden: boolean;
	createdAt: Date;
	editedAt: Date | null;
	canEdit: boolean;
	canDelete: boolean;
	/** A safety reminder both participants see under the message ('off_platform' or 'money'). */
	safetyNotice: SafetyNotice | null;
	/** Earlier versions, oldest first. */
	history: Array<{ body: string; editedAt: Date }>;
}

/** In groups, a person never sees the messages of someone they blocked (the blocked person is not told). */
export const notFromBlockedAuthor = (viewerId: string | AnyColumn | Placeholder) =>
	sql`not exists (select 1 from blocks where blocks.blocker_id = ${viewerId}
		and blocks.blocked_id = ${messages.authorId})`;

const messageColumns = {
	seq: messages.seq,
	id: messages.id,
	authorId: messages.authorId,
	pseudonym: accounts.pseudonym,
	body: messages.body,
	createdAt: messages.createdAt,
	editedAt: messages.editedAt,
	deletedAt: messages.deletedAt,
	hiddenAt: messages.hiddenAt,
	safetyNotice: messages.safetyNotice
};

/** Messages past their retention are left out even before the purge job deletes them. */
const notExpired = (now: Date | Placeholder) => or(isNull(messages.expiresAt), gt(messages.expiresAt, now));

function preparedAfter(db: DatabaseOrTransaction, group: boolean, name: string) {
	return db
		.select(messageColumns)
		.from(messages)
		.leftJoin(accounts, eq(accounts.id, messages.authorId))
		.where(
			and(
				eq(messages.conversationId, sql.placeholder('conversationId')),
				notExpired(sql.placeholder('now')),
				gt(messages.seq, sql.placeholder('after')),
				group ? gt(messages.seq, sql.placeholder('joinedAfterSeq')) : undefined,
				group ? notFromBlockedAuthor(sql.placeholder('viewerId')) : undefined,
				// A stream checks participation when it opens and ends when its reader is taken out; should that
				// event be lost, its reads still give nothing to someone who is no longer a participant.
				sql`exists (select 1 from conversation_participants participant
					where participant.conversation_id = ${messages.conversationId}
					and participant.account_id = ${sql.placeholder('viewerId')})`
			)
		)
		.orderBy(asc(messages.seq))
		.limit(sql.placeholder('limit'))
		.prepare(name);
}
const messagesAfter = reusable((db) => preparedAfter(db, false, 'messages_after'));
const groupMessagesAfter = reusable((db) => preparedAfter(db, true, 'group_messages_after'));

/**
 * Messages of one conversation, in `seq` order, after or before a cursor. Messages past their retention
 * are left out even before the purge job deletes them.
 */
export async function loadMessages(
	db: DatabaseOrTransaction,
	options: {
		conversationId: string;
		viewerId: string;
		now: Date;
		after?: number;
		before?: number;
		limit: number;
		/** Groups: only what came after the viewer's starting `seq`, and nothing from people they blocked. */
		group?: { joinedAfterSeq: number };
	}
): Promise<MessageView[]> {
	const rows =
		options.after !== undefined && options.before === undefined
			? // What every open stream reads at every new message: a statement built once.
				await (options.group ? groupMessagesAfter : messagesAfter)(db).execute({
					conversationId: options.conversationId,
					viewerId: options.viewerId,
					now: options.now.toISOString(),
					after: options.after,
					joinedAfterSeq: options.group?.joinedAfterSeq ?? 0,
					limit: options.limit
				})
			: await db
					.select(messageColumns)
					.from(messages)
					.leftJoin(accounts, eq(accounts.id, messages.authorId))
					.where(
						and(
							eq(messages.conversationId, options.conversationId),
							notExpired(options.now),
							options.after !== undefined ? gt(messages.seq, options.after) : undefined,
							options.before !== undefined ? lt(messages.seq, options.before) : undefined,
							options.group ? gt(messages.seq, options.group.joinedAfterSeq) : undefined,
							options.group ? notFromBlockedAuthor(options.viewerId) : undefined
						)
					)
					.orderBy(options.after === undefined ? desc(messages.seq) : asc(messages.seq))
					.limit(options.limit);
	const newestFirst = options.after === undefined;
	if (newestFirst) rows.reverse();
	const edited = rows.filter((row) => row.editedAt && !row.deletedAt && !row.hiddenAt).map((row) => row.seq);
	const edits = edited.length
		? await db
				.select({ seq: messageEdits.messageSeq, body: messageEdits.body, editedAt: messageEdits.editedAt })
				.from(messageEdits)
				.where(inArray(messageEdits.messageSeq, edited))
				.orderBy(asc(messageEdits.editedAt))
		: [];
	return rows.map((row) => ({
		seq: row.seq,
		id: row.id,
		author: row.authorId && row.pseudonym ? { accountId: row.authorId, pseudonym: row.pseudonym } : null,
		mine: row.authorId === options.viewerId,
		body: row.deletedAt || row.hiddenAt ? null : row.body,
		deleted: row.deletedAt !== null,
		hidden: row.hiddenAt !== null,
		createdAt: row.createdAt,
		editedAt: row.editedAt,
		canEdit: !row.hiddenAt && canEditMessage(options.viewerId, row, options.now),
		canDelete: canDeleteMessage(options.viewerId, row),
		safetyNotice: row.deletedAt || row.hiddenAt ? null : (row.safetyNotice as SafetyNotice | null),
		history:
			row.deletedAt || row.hiddenAt
				? []
				: edits.filter((edit) => edit.seq === row.seq).map(({ body, editedAt }) => ({ body, editedAt }))
	}));
}
