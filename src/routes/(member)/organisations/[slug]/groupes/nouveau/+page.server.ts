import { redirect } from '@sveltejs/kit';
import { createGroup, type CreateGroupInput } from '$core/gatherings';
import { listMembers } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		// Only coordinators may create a group: the management view of the members is theirs too.
		const { organisation, members } = await listMembers(ctxFor(event), {
			slug: event.params.slug,
			view: 'management'
		});
		const people = members
			.filter((member) => member.status === 'active' && member.accountId !== event.locals.actor!.accountId)
			.map((member) => ({ accountId: member.accountId, pseudonym: member.pseudonym, role: member.role }));
		return { organisation: { slug: organisation.slug, name: organisation.name }, people };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			const { groupId } = await createGroup(ctxFor(event), {
				...fields,
				slug: event.params.slug
			} as CreateGroupInput);
			redirect(303, `/groupes/${groupId}?cree=1`);
		})
};
