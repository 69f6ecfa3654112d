import { countOpenAlerts } from '$core/care';
import { getDirectoryListing } from '$core/directory';
import { listProgramme } from '$core/gatherings';
import { getOrganisation, joinOrganisation, leaveOrganisation } from '$core/organisations';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		// Coordinators see how many difficult-conversation alerts wait for them (null: not theirs to see);
		// the programme (this week and the next) is scoped to what the viewer may see.
		const [organisation, openAlerts, programme, directory] = await Promise.all([
			getOrganisation(ctx, { slug: event.params.slug }),
			ctx.actor ? countOpenAlerts(ctx, { slug: event.params.slug }) : null,
			listProgramme(ctx, { slug: event.params.slug }),
			getDirectoryListing(ctx, { slug: event.params.slug })
		]);
		return { ...organisation, openAlerts, programme, directory, origin: event.url.origin };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	join: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { acceptCharter, charterVersion, message } = formFields(form);
			const result = await joinOrganisation(ctxFor(event), {
				slug: event.params.slug,
				acceptCharter,
				charterVersion,
				message
			} as Parameters<typeof joinOrganisation>[1]);
			// Without JavaScript the 303 lands on the confirmation, where the person was looking.
			return settled(event, { joined: result.status }, 'join-outcome');
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	leave: async (event) => {
		try {
			await leaveOrganisation(ctxFor(event), { slug: event.params.slug });
			return settled(event, { left: true });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
