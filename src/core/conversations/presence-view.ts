import { z } from 'zod';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { PRESENCE_ON_PAGE_MS, seesTyping, showsOnline } from './presence-policy';
import { markPresentUntil, participantPresence } from './presence-queries';
import { conversationId } from './schemas';

const PresenceSchema = z.object({ conversationId, accountId: z.uuid('validation.invalid').optional() });

/**
 * The other participants as the actor may see them: `online` only where the policy allows it, false
 * otherwise (hidden, away or blocked look the same). With `accountId`, that one person. Empty when the
 * actor does not take part: the event stream then sends nothing.
 */
export async function presenceOfOthers(ctx: Ctx, input: z.input<typeof PresenceSchema>) {
	const actor = requireActor(ctx);
	const query = parseInput(PresenceSchema, input);
	const now = ctx.clock.now();
	const people = await participantPresence(ctx.db, {
		conversationId: query.conversationId,
		viewerId: actor.accountId,
		subjectId: query.accountId
	});
	return people
		.filter((person) => !person.isSelf)
		.map((person) => ({ accountId: person.accountId, online: showsOnline(person, now) }));
}

/** Whether the actor is told that `accountId` is typing in the conversation (see `seesTyping`). */
export async function seesTypingOf(ctx: Ctx, input: { conversationId: string; accountId: string }) {
	const actor = requireActor(ctx);
	const query = parseInput(PresenceSchema.required(), input);
	const [person] = await participantPresence(ctx.db, {
		conversationId: query.conversationId,
		viewerId: actor.accountId,
		subjectId: query.accountId
	});
	return person !== undefined && seesTyping(person);
}

/**
 * A participant views the conversation's page (with or without JavaScript): they count as present for two
 * minutes. Others are told when this makes them present and they show it. Returns the actor's own choice,
 * who they may see online now, and until when they count as present.
 */
export async function viewPresence(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const { conversationId: id } = parseInput(PresenceSchema.pick({ conversationId: true }), input);
	const now = ctx.clock.now();
	const presentUntil = new Date(now.getTime() + PRESENCE_ON_PAGE_MS);
	const marked = await markPresentUntil(ctx.db, {
		conversationId: id,
		accountId: actor.accountId,
		until: presentUntil,
		now
	});
	if (!marked) throw new DomainError('NOT_FOUND');
	if (marked.visible && !marked.wasPresent)
		ctx.events.emit({ type: 'presence.changed', conversationId: id, accountId: actor.accountId });
	const others = await presenceOfOthers(ctx, { conversationId: id });
	return {
		visible: marked.visible,
		/** For the server (announcing when it ends): never shown to anyone. */
		presentUntil,
		online: others.filter((person) => person.online).map((person) => person.accountId)
	};
}
