import { PresenceTracker, presenceOfOthers, seesTypingOf, viewPresence } from '$core/conversations';
import type { Ctx, DomainEvent } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { log } from './logger';

// One tracker per hub, that is per process (tests make a hub each, so they do not share one).
const trackers = new WeakMap<EventHub, PresenceTracker>();

// A stopping process must not mark everyone absent, nor tell everyone so: its trackers stop before
// event-streams.ts closes every stream on the same signals (hence "prepend").
const running = new Set<PresenceTracker>();
let listening = false;
function stopOnSignals(tracker: PresenceTracker): void {
	running.add(tracker);
	if (listening) return;
	listening = true;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.prependOnceListener(signal, () => {
			for (const each of running) each.stop();
		});
	}
}

/** This process's presence tracker (created with the first stream). */
export function presenceTrackerFor(ctx: Ctx, hub: EventHub): PresenceTracker {
	let tracker = trackers.get(hub);
	if (!tracker) {
		tracker = new PresenceTracker(ctx.db, hub, ctx.clock, (error) =>
			log('warn', 'presence.write-failed', { error: String(error) })
		);
		trackers.set(hub, tracker);
		stopOnSignals(tracker);
	}
	return tracker;
}

/**
 * The conversation's page is viewed (`viewPresence`: present for two minutes, the actor's choice, who is
 * online). If the others may see it, this process announces when that presence ends, should no stream
 * keep it going (a page read without JavaScript).
 */
export async function viewConversationPresence(ctx: Ctx, hub: EventHub, conversationId: string) {
	const { presentUntil, ...presence } = await viewPresence(ctx, { conversationId });
	if (presence.visible)
		presenceTrackerFor(ctx, hub).watch(conversationId, ctx.actor!.accountId, presentUntil);
	return presence;
}

/**
 * What a conversation's event stream adds for presence and typing. Opening it makes the reader present
 * (`PresenceTracker`) and sends where the others stand (`event: presence`, also after a reconnection);
 * `handle` turns the hub's `presence.changed` into `event: presence { accountId, online }` read from the
 * database with the reader's rights, and `conversation.typing` into `event: typing { accountId }` for
 * those allowed to see it. Sends happen in the order events arrived; `stop` when the stream closes.
 */
export function followPresence(
	ctx: Ctx,
	hub: EventHub,
	conversationId: string,
	send: (text: string) => void
) {
	const readerId = ctx.actor!.accountId;
	const leave = presenceTrackerFor(ctx, hub).enter(conversationId, readerId);
	let queue: Promise<void> = Promise.resolve();
	const inOrder = (task: () => Promise<void>) => {
		queue = queue.then(task).catch(() => {
			// The database went away or the reader left: the stream's own checks end it.
		});
	};
	const sendPresence = (accountId?: string) =>
		inOrder(async () => {
			for (const person of await presenceOfOthers(ctx, { conversationId, accountId }))
				send(`event: presence\ndata: ${JSON.stringify(person)}\n\n`);
		});
	sendPresence();
	return {
		handle(event: DomainEvent) {
			if (!('conversationId' in event) || event.conversationId !== conversationId) return;
			if (event.type === 'presence.changed' && event.accountId !== readerId) sendPresence(event.accountId);
			if (event.type === 'conversation.typing' && event.accountId !== readerId) {
				const { accountId } = event;
				inOrder(async () => {
					if (await seesTypingOf(ctx, { conversationId, accountId }))
						send(`event: typing\ndata: ${JSON.stringify({ accountId })}\n\n`);
				});
			}
		},
		stop: leave
	};
}
