import { noteWrite } from '$db/request-statements';
import { PresenceTracker, presenceOfOthers, seesTypingOf, viewPresence } from '$core/conversations';
import type { Ctx, DomainEvent } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { forgetBadges } from './header-badges';
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
		tracker = new PresenceTracker(
			ctx.db,
			hub,
			ctx.clock,
			(error) => log('warn', 'presence.write-failed', { error: String(error) }),
			// Read markers moved: those people's unread badge is counted again.
			(views) => {
				for (const view of views) if (view.readUpTo !== null) forgetBadges(hub, view.accountId);
			}
		);
		trackers.set(hub, tracker);
		stopOnSignals(tracker);
	}
	return tracker;
}

/**
 * The conversation's page is viewed (`viewPresence` reads the actor's choice and who is online). The view
 * itself is recorded by this process's tracker in its next batch, not by this request: presence (while
 * the person is not already present) and the read marker (`readUpTo`, from `readConversation`). If the
 * others may see the person, the tracker also announces when that presence ends, should no stream keep it
 * going (a page read without JavaScript). `unreadFrom` is where new messages start for this reader,
 * counting a view of theirs not yet written.
 */
export async function viewConversation(
	ctx: Ctx,
	hub: EventHub,
	view: { conversationId: string; readUpTo: number | null; unreadFrom: number }
) {
	const { conversationId } = view;
	const accountId = ctx.actor!.accountId;
	const { presentUntil, extendPresence, ...presence } = await viewPresence(ctx, { conversationId });
	const tracker = presenceTrackerFor(ctx, hub);
	const unreadFrom = Math.max(view.unreadFrom, tracker.pendingReadUpTo(conversationId, accountId) ?? 0);
	tracker.view(conversationId, accountId, {
		presentUntil: extendPresence ? presentUntil : undefined,
		readUpTo: view.readUpTo ?? undefined
	});
	// Messages newly read: the read marker is written in the next batch, but by this view (page-cache.ts
	// keeps no page whose view changed something, and drops the others: header badges count unread messages).
	if (view.readUpTo !== null) noteWrite();
	if (presence.visible) tracker.watch(conversationId, accountId, presentUntil);
	return { presence, unreadFrom };
}

/** A read of the latest messages outside the page (the API): its read marker goes in the next batch. */
export function recordRead(ctx: Ctx, hub: EventHub, conversationId: string, readUpTo: number | null): void {
	if (readUpTo === null) return;
	presenceTrackerFor(ctx, hub).view(conversationId, ctx.actor!.accountId, { readUpTo });
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
