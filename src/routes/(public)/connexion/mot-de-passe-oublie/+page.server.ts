import { redirect } from '@sveltejs/kit';
import { RECOVERY_LINK_MINUTES, requestRecoveryEmail } from '$core/accounts';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { requestMailer } from '$lib/server/request-mailer';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	emailAvailable: requestMailer() !== null,
	sent: url.searchParams.has('envoye'),
	minutes: RECOVERY_LINK_MINUTES
});

export const actions: Actions = {
	default: async (event) => {
		const mail = requestMailer();
		if (!mail) redirect(303, '/connexion/mot-de-passe-oublie');
		const result = await runFormAction(event, async (fields) => {
			await requestRecoveryEmail(ctxFor(event), fields as { identifier: string }, mail);
		});
		if (result) return result;
		// The same page whether or not an email left: nothing here tells that an account exists.
		redirect(303, '/connexion/mot-de-passe-oublie?envoye');
	}
};
