import { z } from 'zod';
import { DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { PRESENCE_ON_PAGE_MS, PRESENCE_REFRESH_MS, seesTyping, showsOnline } from './presence-policy';
import { participantPresence } from './presence-queries';
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
 * A participant views the conversation's page (with or without JavaScript). This only reads: the actor's
 * own choice, who they may see online now, and whether the view should make them present (until
 * `presentUntil`). The page does not write (STYLE rule 21): the process's `PresenceTracker` records the
 * view in its next batch (`view`), a single statement for every view gathered meanwhile, and does not
 * even do that while the person still counts as present for most of the time a view gives.
 */
export async function viewPresence(ctx: Ctx, input: { conversationId: unknown }) {
	const actor = requireActor(ctx);
	const { conversationId: id } = parseInput(PresenceSchema.pick({ conversationId: true }), input);
	const now = ctx.clock.now();
	const people = await participantPresence(ctx.db, { conversationId: id, viewerId: actor.accountId });
	const self = people.find((person) => person.isSelf);
	if (!self) throw new DomainError('NOT_FOUND');
	const presentUntil = new Date(now.getTime() + PRESENCE_ON_PAGE_MS);
	const stillPresent =
		self.presentUntil !== null && self.presentUntil.getTime() >= presentUntil.getTime() - PRESENCE_REFRESH_MS;
	return {
		visible: self.showPresence,
		/** For the server (the batch, and announcing when it ends): never shown to anyone. */
		presentUntil,
		/** Whether the batch must push the actor's presence forward. */
		extendPresence: !stillPresent,
		online: people.filter((person) => showsOnline(person, now)).map((person) => person.accountId)
	};
}
