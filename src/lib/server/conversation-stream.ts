import { openConversationReader, type MessageView } from '$core/conversations';
import type { Ctx } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { endsStreamsOf, eventStreamResponse, trackOpenStream } from './event-streams';
import { followPresence } from './presence-stream';

const HEARTBEAT_MS = 20_000;
const BATCH = 200;

/**
 * A conversation's Server-Sent Events stream. Each message is sent with its `seq` as event id, so a
 * browser that reconnects sends `Last-Event-ID` and gets everything it missed, in order. The hub only
 * wakes the stream up; what is sent is always read from the database (`openConversationReader`, which
 * checks that the reader takes part on connection and whenever the conversation changes). Edits and
 * deletions go out as `changed` events.
 */
export async function conversationStream(
	ctx: Ctx,
	hub: EventHub,
	conversationId: string,
	after: number
): Promise<Response> {
	// Authorises (NOT_FOUND for non-participants) and validates before any byte of the stream is sent.
	const reader = await openConversationReader(ctx, { conversationId });
	const first = await reader.after(after, BATCH);
	const encoder = new TextEncoder();
	let last = after;
	let closed = false;
	let pumping = false;
	let again = false;
	let cleanup = () => {};

	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				if (closed) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					finish();
				}
			};
			const sendMessages = (batch: MessageView[]) => {
				for (const message of batch) {
					if (message.seq <= last) continue;
					send(`id: ${message.seq}\ndata: ${JSON.stringify(message)}\n\n`);
					last = message.seq;
				}
			};
			const finish = () => {
				if (closed) return;
				closed = true;
				cleanup();
				try {
					controller.close();
				} catch {
					// Already closed by the client going away.
				}
			};
			const pump = async () => {
				if (pumping) {
					again = true;
					return;
				}
				pumping = true;
				try {
					do {
						again = false;
						const batch = await reader.after(last, BATCH);
						sendMessages(batch);
						if (batch.length === BATCH) again = true;
					} while (again && !closed);
				} catch {
					// No longer a participant (or the database went away): the client reconnects and is told.
					send('event: gone\ndata: {}\n\n');
					finish();
				} finally {
					pumping = false;
				}
			};
			const sendChanged = async (seq: number) => {
				try {
					const [message] = await reader.after(seq - 1, 1);
					if (message && message.seq === seq && seq <= last)
						send(`event: changed\ndata: ${JSON.stringify(message)}\n\n`);
				} catch {
					finish();
				}
			};
			const readerId = ctx.actor?.accountId;
			// Presence and typing (`event: presence`, `event: typing`): see presence-stream.ts.
			const presence = followPresence(ctx, hub, conversationId, send);
			const unsubscribe = hub.subscribe((event) => {
				if (closed) return;
				if (endsStreamsOf(event, readerId)) {
					send('event: gone\ndata: {}\n\n');
					finish();
					return;
				}
				if (!('conversationId' in event) || event.conversationId !== conversationId) return;
				// Taken out of it (they left, or left its organisation): nothing more reaches them, in any process.
				if (event.type === 'conversation.left' && event.accountId === readerId) {
					send('event: gone\ndata: {}\n\n');
					finish();
					return;
				}
				presence.handle(event);
				if (event.type === 'message.created') void pump();
				if (event.type === 'message.changed') void sendChanged(event.seq);
				// Someone joined or left: if it was this reader, the check fails and the stream says `gone`.
				if (event.type === 'conversation.changed')
					void reader.refresh().then(pump, () => {
						send('event: gone\ndata: {}\n\n');
						finish();
					});
			});
			const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
			const untrack = trackOpenStream(finish);
			cleanup = () => {
				unsubscribe();
				presence.stop();
				clearInterval(heartbeat);
				untrack();
			};
			// Spread reconnections: after a restart, a thousand browsers must not all come back at once.
			send(`retry: ${1500 + Math.floor(Math.random() * 3000)}\n\n`);
			sendMessages(first);
			if (first.length === BATCH) void pump();
		},
		cancel() {
			closed = true;
			cleanup();
		}
	});
	return eventStreamResponse(stream);
}
