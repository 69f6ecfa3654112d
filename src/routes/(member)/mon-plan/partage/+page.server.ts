import { createPlanLink, listPlanShares, revokePlanShare, sharePlanWithSupporter } from '$core/plans';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { formFields, readForm } from '$lib/server/forms';
import { formFailure } from '$lib/server/http-errors';
import { holdPlanLinkForDisplay, takePlanLinkForDisplay } from '$lib/server/plan-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await listPlanShares(ctxFor(event))),
	newLink: takePlanLinkForDisplay(event.cookies, event.url)
});

export const actions: Actions = {
	shareWithSupporter: async (event) => {
		try {
			const { accompanimentId } = formFields(await readForm(event.request));
			await sharePlanWithSupporter(ctxFor(event), { accompanimentId: accompanimentId ?? '' });
			return settled(event, { shared: true as const }, 'partages');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	},
	createLink: async (event) => {
		let form: FormData | undefined;
		try {
			form = await readForm(event.request);
			const { recipientName, days } = formFields(form);
			const link = await createPlanLink(ctxFor(event), {
				recipientName: recipientName ?? '',
				days: days ?? ''
			});
			holdPlanLinkForDisplay(event.cookies, event.url, `${event.url.origin}${link.path}`);
			return settled(event, { linkCreated: true as const }, 'lien');
		} catch (error) {
			return formFailure(error, event.locals.locale, form);
		}
	},
	revoke: async (event) => {
		try {
			const { shareId } = formFields(await readForm(event.request));
			await revokePlanShare(ctxFor(event), { shareId: shareId ?? '' });
			return settled(event, { revoked: true as const }, 'partages');
		} catch (error) {
			return formFailure(error, event.locals.locale);
		}
	}
};
