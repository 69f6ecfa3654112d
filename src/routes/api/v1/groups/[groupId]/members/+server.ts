import {
	admitCompanion,
	decideGroupRequest,
	inviteToGroup,
	listGroupMembers,
	removeFromGroup,
	setGroupRole
} from '$core/gatherings';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Facilitators and coordinators: everyone with a place, and whom they may invite or admit. */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => listGroupMembers(ctxFor(event), { groupId: event.params.groupId }));

const ACTIONS = {
	decide: decideGroupRequest,
	invite: inviteToGroup,
	companion: admitCompanion,
	role: setGroupRole,
	remove: removeFromGroup
} as const;

/**
 * A facilitator's decision about a person: `action` "decide" (`decision` approve/refuse), "invite",
 * "companion" (`companionOf`), "role" (`role` facilitator/member) or "remove", with `accountId`.
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { action, ...body } = await readJson(event.request);
		if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action))
			throw new DomainError('INVALID', 'error.invalid', [{ field: 'action', message: 'validation.invalid' }]);
		const run = ACTIONS[action as keyof typeof ACTIONS] as (ctx: unknown, input: unknown) => Promise<unknown>;
		return run(ctxFor(event), { ...body, groupId: event.params.groupId });
	});
