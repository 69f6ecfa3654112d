import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, conversationParticipants, conversations } from '../../db/schema';
import { relationBetween } from '../matching/relation';
import { isBlockedPair } from '../matching/queries';
import { DomainError, lockKey, parseInput, requireActor, type Actor, type Ctx } from '../shared';
import type { DatabaseOrTransaction } from '../../db/client';
import { canMessageDirectly, type DirectMessageAudience } from './policy';
import { sharedOrganisation, takesPart } from './queries';

const Target = z.object({ accountId: z.uuid('validation.invalid') });

async function directFacts(db: DatabaseOrTransaction, actor: Actor, accountId: string) {
	const [recipient] = await db
		.select({ directMessages: accounts.directMessages })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	if (!recipient) throw new DomainError('NOT_FOUND');
	const [relation, blocked] = await Promise.all([
		relationBetween(db, actor, accountId),
		isBlockedPair(db, actor.accountId, accountId)
	]);
	return {
		isSelf: relation.isSelf,
		recipientAccepts: recipient.directMessages as DirectMessageAudience,
		sharesOrganisation: relation.sharesOrganisation,
		blocked
	};
}

/** Whether the actor may write directly to this person (their profile page offers it, or not). */
export async function canWriteDirectly(ctx: Ctx, input: z.input<typeof Target>): Promise<boolean> {
	const actor = requireActor(ctx);
	const { accountId } = parseInput(Target, input);
	return canMessageDirectly(await directFacts(ctx.db, actor, accountId));
}

/** The direct conversation both people still take part in, if there is one. */
async function directConversationOf(
	db: DatabaseOrTransaction,
	actorId: string,
	otherId: string
): Promise<string | null> {
	const [existing] = await db
		.select({ id: conversations.id })
		.from(conversations)
		.innerJoin(conversationParticipants, takesPart(actorId))
		.where(
			and(
				eq(conversations.kind, 'direct'),
				sql`exists (select 1 from conversation_participants other
					where other.conversation_id = ${conversations.id} and other.account_id = ${otherId})`
			)
		)
		.limit(1);
	return existing?.id ?? null;
}

/**
 * Opens (or reopens) a 1:1 conversation with a member of a shared organisation who accepts direct
 * messages from their organisations' members. Nobody accepts them unless they chose to. The conversation
 * belongs to that shared organisation and starts with its default retention. Only a conversation both
 * still take part in is reopened: after one of them left, writing again starts a new one (the person who
 * left does not get back the history they chose to leave).
 */
export async function startDirectConversation(ctx: Ctx, input: z.input<typeof Target>) {
	const actor = requireActor(ctx);
	const { accountId } = parseInput(Target, input);
	if (!canMessageDirectly(await directFacts(ctx.db, actor, accountId)))
		throw new DomainError('FORBIDDEN', 'error.directMessagesClosed');
	const existing = await directConversationOf(ctx.db, actor.accountId, accountId);
	if (existing) return { conversationId: existing, created: false };
	const now = ctx.clock.now();
	const organisation = await sharedOrganisation(ctx.db, actor.accountId, accountId);
	const opened = await ctx.db.transaction(async (tx) => {
		// Once per pair: two first messages at once must not open two conversations. The pair's key is
		// locked, and the second one finds the conversation the first opened.
		await lockKey(tx, `direct-conversation:${[actor.accountId, accountId].sort().join(':')}`);
		const raced = await directConversationOf(tx, actor.accountId, accountId);
		if (raced) return { conversationId: raced, created: false };
		const [created] = await tx
			.insert(conversations)
			.values({
				kind: 'direct',
				organisationId: organisation?.id ?? null,
				retention: organisation?.defaultRetention ?? 'never',
				createdAt: now
			})
			.returning({ id: conversations.id });
		await tx.insert(conversationParticipants).values(
			[actor.accountId, accountId].map((participant) => ({
				conversationId: created!.id,
				accountId: participant,
				joinedAt: now
			}))
		);
		return { conversationId: created!.id, created: true };
	});
	if (opened.created)
		ctx.events.emit({ type: 'conversation.changed', conversationId: opened.conversationId });
	return opened;
}
