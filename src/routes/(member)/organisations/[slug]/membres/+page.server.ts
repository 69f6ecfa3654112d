import { listMembers, setMemberListVisibility } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { settled } from '$lib/server/flash';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { organisation, members } = await listMembers(ctxFor(event), { slug: event.params.slug });
		return {
			organisation: { name: organisation.name, slug: organisation.slug },
			members,
			me: event.locals.actor!.accountId
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	visibility: async (event) => {
		try {
			const { hidden } = formFields(await readForm(event.request));
			const saved = await setMemberListVisibility(ctxFor(event), {
				slug: event.params.slug,
				hidden
			} as Parameters<typeof setMemberListVisibility>[1]);
			return settled(event, saved);
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
