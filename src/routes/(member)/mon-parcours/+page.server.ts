import { acceptEnrolment, myPathway, resumeRole } from '$core/pathway';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await myPathway(ctxFor(event));
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	accept: (event) =>
		runFormAction(event, async ({ enrolmentId }) => {
			await acceptEnrolment(ctxFor(event), { enrolmentId: enrolmentId ?? '' });
			return settled(event, { accepted: true });
		}),
	resume: (event) =>
		runFormAction(event, async () => {
			await resumeRole(ctxFor(event));
			return settled(event, { resumed: true });
		})
};
