import { acknowledgeAlert, listOrganisationAlerts } from '$core/care';
import { ctxFor } from '$lib/server/context';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure, pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';
import { settled } from '$lib/server/flash';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const slug = event.params.slug;
		const [open, done] = await Promise.all([
			listOrganisationAlerts(ctx, { slug, status: 'open' }),
			listOrganisationAlerts(ctx, { slug, status: 'acknowledged' })
		]);
		return { organisation: open.organisation, open: open.alerts, done: done.alerts };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	acknowledge: async (event) => {
		try {
			const { alertId } = formFields(await readForm(event.request));
			await acknowledgeAlert(ctxFor(event), { slug: event.params.slug, alertId: alertId ?? '' });
			return settled(event, { acknowledged: true as const });
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
