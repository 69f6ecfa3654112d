import { manageMembership } from '$core/organisations';
import { apiResponse, readJson } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

type ManageInput = Parameters<typeof manageMembership>[1];

/** Coordinators: `{ "status": "active" }` approves a request, `{ "role": "peer_supporter" }` changes the role. */
export const PATCH: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const body = await readJson(event.request);
		const target = { slug: event.params.slug, membershipId: event.params.membershipId };
		const ctx = ctxFor(event);
		if (body.status === 'active') await manageMembership(ctx, { ...target, decision: 'approve' });
		if (body.role !== undefined)
			await manageMembership(ctx, { ...target, decision: 'change-role', role: body.role } as ManageInput);
		if (body.status !== 'active' && body.role === undefined) {
			await manageMembership(ctx, { ...target, decision: body.status } as ManageInput);
		}
	});

/** Coordinators: declines a pending request or removes a member. */
export const DELETE: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const target = { slug: event.params.slug, membershipId: event.params.membershipId };
		await manageMembership(ctxFor(event), { ...target, decision: 'remove' });
	});
