import type { DomainEvent } from '$core/shared';
import type { EventHub } from '$realtime/hub';

// adapter-node stops on SIGINT/SIGTERM once every response has ended, and an event stream never ends by
// itself: without this, a stop waited SHUTDOWN_TIMEOUT (30 s) for open streams. Closing them lets the
// process stop at once; browsers reconnect (to another process behind a load balancer) and resume.
const openStreams = new Set<() => void>();
let closingOnSignals = false;
function closeStreamsOnSignals(): void {
	if (closingOnSignals) return;
	closingOnSignals = true;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			for (const finish of [...openStreams]) finish();
		});
	}
}

/** Any event stream registers here to be closed on SIGINT/SIGTERM; the returned function unregisters it. */
export function trackOpenStream(finish: () => void): () => void {
	openStreams.add(finish);
	closeStreamsOnSignals();
	return () => openStreams.delete(finish);
}

/** Signed out everywhere, suspended or erased: the reader's streams end now, not at their next event. */
export function endsStreamsOf(event: DomainEvent, readerId: string | undefined): boolean {
	return (
		(event.type === 'account.suspended' ||
			event.type === 'account.signed-out-everywhere' ||
			event.type === 'account.deleted') &&
		event.accountId === readerId
	);
}

/** The HTTP response of a Server-Sent Events stream (never cached nor buffered by a proxy). */
export function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}

const HEARTBEAT_MS = 20_000;

/** What a personal stream's event handler may do: send a frame, or end the stream. */
export interface StreamControls {
	send(text: string): void;
	finish(): void;
}

/**
 * One reader's Server-Sent Events stream over the hub: a reconnection delay spread over 1.5 to 4.5 s, a
 * heartbeat, an end when the reader is suspended, signed out everywhere or erased (a `gone` event), and a
 * clean close on SIGINT/SIGTERM. `onEvent` decides, for every other event, what this reader hears (ids
 * only: pages re-read from the database).
 */
export function personalEventStream(
	hub: EventHub,
	readerId: string,
	onEvent: (event: DomainEvent, controls: StreamControls) => void
): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	let closed = false;
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
			const finish = () => {
				if (closed) return;
				closed = true;
				cleanup();
				try {
					controller.close();
				} catch {
					// The client went away first.
				}
			};
			const unsubscribe = hub.subscribe((event) => {
				if (closed) return;
				if (endsStreamsOf(event, readerId)) {
					send('event: gone\ndata: {}\n\n');
					finish();
					return;
				}
				onEvent(event, { send, finish });
			});
			const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS);
			const untrack = trackOpenStream(finish);
			cleanup = () => {
				unsubscribe();
				clearInterval(heartbeat);
				untrack();
			};
			send(`retry: ${1500 + Math.floor(Math.random() * 3000)}\n\n`);
			send(': ready\n\n');
		},
		cancel() {
			closed = true;
			cleanup();
		}
	});
	return eventStreamResponse(stream);
}
