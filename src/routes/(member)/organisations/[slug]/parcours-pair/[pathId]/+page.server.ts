import { acceptEnrolment, enrolInPath, getPath, leavePath, signOffStep } from '$core/pathway';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const path = await getPath(ctxFor(event), { pathId: event.params.pathId });
		// The path is reached through its own organisation's address only.
		if (path.organisation.slug !== event.params.slug) throw new DomainError('NOT_FOUND');
		return path;
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	enrol: (event) =>
		runFormAction(event, async ({ accountId, referentId }) => {
			await enrolInPath(ctxFor(event), { pathId: event.params.pathId, accountId, referentId });
			return settled(event, { enrolled: accountId ? 'other' : 'self' });
		}),
	accept: (event) =>
		runFormAction(event, async ({ enrolmentId }) => {
			await acceptEnrolment(ctxFor(event), { enrolmentId: enrolmentId ?? '' });
			return settled(event, { accepted: true });
		}),
	leave: (event) =>
		runFormAction(event, async ({ enrolmentId }) => {
			await leavePath(ctxFor(event), { enrolmentId: enrolmentId ?? '' });
			return settled(event, { left: true });
		}),
	signOff: (event) =>
		runFormAction(event, async ({ enrolmentId, stepId }) => {
			await signOffStep(ctxFor(event), { enrolmentId: enrolmentId ?? '', stepId: stepId ?? '' });
			return settled(event, { signedOff: true });
		})
};
