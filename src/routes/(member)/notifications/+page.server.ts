import {
	listNotifications,
	listPendingJoinRequests,
	markNotificationsRead,
	whatWaits
} from '$core/notifications';
import { manageMembership } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// Re-run with JavaScript when the live stream says something waits (see lib/notifications-live.ts).
	event.depends('app:notifications');
	try {
		const ctx = ctxFor(event);
		const [list, pendingJoins, waiting] = await Promise.all([
			listNotifications(ctx, { page: event.url.searchParams.get('page') ?? undefined }),
			listPendingJoinRequests(ctx),
			whatWaits(ctx)
		]);
		return { ...list, pendingJoins, waiting };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	read: (event) =>
		runFormAction(event, async (fields) => {
			const { marked } = await markNotificationsRead(
				ctxFor(event),
				(fields.all ? { all: fields.all } : { notificationId: fields.notificationId }) as Parameters<
					typeof markNotificationsRead
				>[1]
			);
			return settled(event, { marked }, 'notifications-outcome');
		}),
	membership: (event) =>
		runFormAction(event, async (fields) => {
			const { slug, membershipId, decision } = fields;
			// Only approving or refusing a request happens here; roles and removals stay on the management page.
			const answer = decision === 'approve' || decision === 'decline' ? decision : 'invalid';
			await manageMembership(ctxFor(event), {
				slug: slug ?? '',
				membershipId,
				decision: answer
			} as Parameters<typeof manageMembership>[1]);
			return settled(event, { decided: true }, 'join-requests');
		})
};
