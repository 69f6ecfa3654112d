import {
	admitCompanion,
	decideGroupRequest,
	inviteToGroup,
	listGroupMembers,
	removeFromGroup,
	setGroupRole
} from '$core/gatherings';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listGroupMembers(ctxFor(event), { groupId: event.params.groupId });
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

const withGroup = (event: { params: { groupId: string } }, fields: Record<string, string>) =>
	({ ...fields, groupId: event.params.groupId }) as never;

export const actions: Actions = {
	decide: (event) =>
		runFormAction(event, async (fields) => {
			await decideGroupRequest(ctxFor(event), withGroup(event, fields));
			return settled(event, { done: 'decided' as const });
		}),
	invite: (event) =>
		runFormAction(event, async (fields) => {
			await inviteToGroup(ctxFor(event), withGroup(event, fields));
			return settled(event, { done: 'invited' as const });
		}),
	companion: (event) =>
		runFormAction(event, async (fields) => {
			await admitCompanion(ctxFor(event), withGroup(event, fields));
			return settled(event, { done: 'companion' as const });
		}),
	role: (event) =>
		runFormAction(event, async (fields) => {
			await setGroupRole(ctxFor(event), withGroup(event, fields));
			return settled(event, { done: 'role' as const });
		}),
	remove: (event) =>
		runFormAction(event, async (fields) => {
			await removeFromGroup(ctxFor(event), withGroup(event, fields));
			return settled(event, { done: 'removed' as const });
		})
};
