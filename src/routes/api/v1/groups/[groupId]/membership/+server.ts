import { acceptGroupCharter, answerGroupInvitation, joinGroup, leaveGroup } from '$core/gatherings';
import { DomainError } from '$core/shared';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/**
 * The actor's own place: `action` "join" (default; open or on request, charter accepted), "accept-charter"
 * (a new version) or "answer-invitation" (`answer`: accept with the charter, or decline).
 */
export const POST: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { action = 'join', ...body } = await readJson(event.request);
		const input = { ...body, groupId: event.params.groupId } as never;
		const ctx = ctxFor(event);
		if (action === 'join') return joinGroup(ctx, input);
		if (action === 'accept-charter') return acceptGroupCharter(ctx, input);
		if (action === 'answer-invitation') return answerGroupInvitation(ctx, input);
		throw new DomainError('INVALID', 'error.invalid', [{ field: 'action', message: 'validation.invalid' }]);
	});

/** Leaves the group (or withdraws a request, or declines an invitation). */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, () => leaveGroup(ctxFor(event), { groupId: event.params.groupId }));
