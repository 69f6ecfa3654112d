import { listMembers } from '$core/organisations';
import { apiResponse } from '$lib/server/api';
import { ctxFor } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** Member list as the actor may see it; `?view=management` for coordinators (pending requests included). */
export const GET: RequestHandler = (event) =>
	apiResponse(event, async () => {
		const view = event.url.searchParams.get('view') ?? undefined;
		const { members } = await listMembers(ctxFor(event), { slug: event.params.slug, view } as Parameters<
			typeof listMembers
		>[1]);
		return {
			members: members.map((member) => ({
				id: member.membershipId,
				pseudonym: member.pseudonym,
				role: member.role,
				status: member.status,
				...(view === 'management'
					? { hiddenFromMemberList: member.hiddenFromMemberList, requestedAt: member.requestedAt }
					: {})
			}))
		};
	});
