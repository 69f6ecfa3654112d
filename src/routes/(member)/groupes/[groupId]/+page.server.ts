import {
	acceptGroupCharter,
	answerGroupInvitation,
	getGroup,
	joinGroup,
	leaveGroup,
	listGroupOccurrences
} from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const groupId = event.params.groupId;
		const [group, sessions] = await Promise.all([
			getGroup(ctx, { groupId }),
			listGroupOccurrences(ctx, { groupId })
		]);
		return { ...group, sessions };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

// Each action lands back on its outcome (anchor), so that without JavaScript the person reads it first.
export const actions: Actions = {
	join: (event) =>
		runFormAction(event, async (fields) => {
			const { status } = await joinGroup(ctxFor(event), {
				...fields,
				groupId: event.params.groupId
			} as never);
			return settled(event, { joined: status }, 'group-outcome');
		}),
	charter: (event) =>
		runFormAction(event, async (fields) => {
			await acceptGroupCharter(ctxFor(event), { ...fields, groupId: event.params.groupId } as never);
			return settled(event, { charterAccepted: true as const }, 'group-outcome');
		}),
	answer: (event) =>
		runFormAction(event, async (fields) => {
			const { status } = await answerGroupInvitation(ctxFor(event), {
				...fields,
				groupId: event.params.groupId
			} as never);
			return settled(event, { answered: status }, 'group-outcome');
		}),
	leave: (event) =>
		runFormAction(event, async () => {
			await leaveGroup(ctxFor(event), { groupId: event.params.groupId });
			return settled(event, { left: true as const }, 'group-outcome');
		})
};
