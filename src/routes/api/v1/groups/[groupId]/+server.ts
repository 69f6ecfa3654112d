import { getGroup, updateGroup } from '$core/gatherings';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** A group as the actor may see it (404 when they may not know it exists). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, () => getGroup(ctxFor(event), { groupId: event.params.groupId }));

/** Facilitators and coordinators change a group; a new charter gets a new version (UpdateGroupSchema). */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		return updateGroup(ctxFor(event), { ...body, groupId: event.params.groupId } as never);
	});
