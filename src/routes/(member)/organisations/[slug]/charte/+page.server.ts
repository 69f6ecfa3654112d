import { acceptOrganisationCharter, getOrganisation } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { organisation, membership, charterPending } = await getOrganisation(ctxFor(event), {
			slug: event.params.slug
		});
		return {
			organisation: {
				slug: organisation.slug,
				name: organisation.name,
				charter: organisation.charter,
				charterVersion: organisation.charterVersion
			},
			member: membership?.status === 'active',
			charterPending
		};
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			await acceptOrganisationCharter(ctxFor(event), { ...fields, slug: event.params.slug } as never);
			return settled(event, { accepted: true as const }, 'charter-outcome');
		})
};
