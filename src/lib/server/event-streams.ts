import type { DomainEvent } from '$core/shared';

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
