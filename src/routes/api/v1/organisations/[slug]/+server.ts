import { getOrganisation } from '$core/organisations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const { organisation, membership, permissions } = await getOrganisation(ctxFor(event), {
			slug: event.params.slug
		});
		return {
			slug: organisation.slug,
			name: organisation.name,
			kind: organisation.kind,
			city: organisation.city,
			description: organisation.description,
			joinPolicy: organisation.joinPolicy,
			charter: organisation.charter,
			charterVersion: organisation.charterVersion,
			membership: membership && { id: membership.id, role: membership.role, status: membership.status },
			permissions
		};
	});
