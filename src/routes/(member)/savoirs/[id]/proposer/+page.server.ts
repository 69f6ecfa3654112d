import { redirect } from '@sveltejs/kit';
import { proposeRevision, revisionForm } from '$core/knowledge';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { contribution: await revisionForm(ctxFor(event), { contributionId: event.params.id }) };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			await proposeRevision(ctxFor(event), { ...fields, contributionId: event.params.id });
			// The proposer follows it on the proposals page (a GET: reloading never proposes twice).
			redirect(303, `/savoirs/${event.params.id}/propositions?envoyee#mine`);
		})
};
