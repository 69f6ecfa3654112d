import { loadStaffScope, requireStaffScope } from '$core/moderation';
import { DomainError, type Ctx } from '$core/shared';
import type { EventHub } from '$realtime/hub';
import { personalEventStream } from './event-streams';

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
	return personalEventStream(hub, actor.accountId, (event, { send, finish }) => {
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
}
