import { loadStaffScope, requireStaffScope } from '$core/moderation';
import { DomainError, type Ctx } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { endsStreamsOf, eventStreamResponse, trackOpenStream } from './event-streams';

const HEARTBEAT_MS = 20_000;

/**
 * The moderation queue's Server-Sent Events: a `report` event (with the report id only) whenever a report
 * this person moderates is filed or changes, and an `appeal` event (appeal id only) when an appeal they may
 * review is filed or decided. Pages reload the queue from the database; nothing else
 * travels. The stream ends when its reader is suspended, signed out everywhere, or erased.
 */
export async function moderationStream(ctx: Ctx, hub: EventHub): Promise<Response> {
	if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
	const actor = ctx.actor;
	let staff = await requireStaffScope(ctx.db, actor);
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
				if (endsStreamsOf(event, actor.accountId)) {
					send('event: gone\ndata: {}\n\n');
					finish();
					return;
				}
				// Roles change rarely; re-read them when this person's memberships change.
				if (
					(event.type === 'membership.changed' || event.type === 'membership.removed') &&
					event.accountId === actor.accountId
				) {
					void loadStaffScope(ctx.db, actor).then((scope) => (staff = scope), finish);
					return;
				}
				if (event.type === 'appeal.filed' || event.type === 'appeal.decided') {
					// Reviewers are the organisation's staff or the instance admins (the page re-reads with the
					// rule that leaves out the decider), so both hear of it.
					const reviews =
						staff.isInstanceAdmin ||
						(event.organisationId !== null && staff.moderates.includes(event.organisationId));
					if (reviews) send(`event: appeal\ndata: ${JSON.stringify({ appealId: event.appealId })}\n\n`);
					return;
				}
				if (event.type !== 'report.created' && event.type !== 'report.changed') return;
				// Escalation moves a report between queues: both sides hear about it; the page re-reads.
				const mine =
					staff.isInstanceAdmin ||
					(event.organisationId !== null && staff.moderates.includes(event.organisationId));
				if (mine) send(`event: report\ndata: ${JSON.stringify({ reportId: event.reportId })}\n\n`);
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
