import { coordinatedOrganisationIds } from '$core/notifications';
import { DomainError, type Ctx, type DomainEvent } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { personalEventStream } from './event-streams';

/** Whether an event may change what waits for this reader (their badges); ids only, nothing more. */
function concernsReader(event: DomainEvent, accountId: string, coordinated: ReadonlySet<string>): boolean {
	switch (event.type) {
		case 'notification.created':
		case 'notifications.read':
			return event.accountId === accountId;
		case 'contact.requested':
		case 'contact.withdrawn':
			return event.supporterId === accountId;
		case 'membership.requested':
		case 'membership.changed':
		case 'membership.removed':
			return coordinated.has(event.organisationId);
		default:
			return false;
	}
}

/**
 * The signed-in person's own Server-Sent Events: a `waiting` event (no data beyond a name) whenever
 * something that waits for them may have changed: a notification for them, a contact request to them as
 * a supporter, a join request in an organisation they coordinate. The page (or the header's live badge)
 * re-reads the counts; nothing else travels. Ends when its reader is suspended, signed out everywhere, or
 * erased.
 */
export async function notificationStream(ctx: Ctx, hub: EventHub): Promise<Response> {
	if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
	const actor = ctx.actor;
	let coordinated = new Set(await coordinatedOrganisationIds(ctx.db, actor.accountId));
	return personalEventStream(hub, actor.accountId, (event, { send, finish }) => {
		// Roles change rarely; re-read what this person coordinates when their memberships change.
		if (
			(event.type === 'membership.changed' || event.type === 'membership.removed') &&
			event.accountId === actor.accountId
		) {
			void coordinatedOrganisationIds(ctx.db, actor.accountId).then(
				(ids) => (coordinated = new Set(ids)),
				finish
			);
		}
		if (concernsReader(event, actor.accountId, coordinated)) send('event: waiting\ndata: {}\n\n');
	});
}
