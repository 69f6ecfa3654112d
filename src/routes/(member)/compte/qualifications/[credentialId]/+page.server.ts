import { redirect } from '@sveltejs/kit';
import { listMyCredentials, updateCredential } from '$core/recognition';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { credentials } = await listMyCredentials(ctxFor(event));
		const credential = credentials.find((entry) => entry.id === event.params.credentialId);
		if (!credential) throw new DomainError('NOT_FOUND');
		return { credential };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	default: (event) =>
		runFormAction(event, async (fields) => {
			const { attestationRemoved } = await updateCredential(ctxFor(event), {
				...fields,
				credentialId: event.params.credentialId
			} as never);
			redirect(
				303,
				`/compte/qualifications?${attestationRemoved ? 'modifiee=sans-attestation' : 'modifiee=1'}#credential-${event.params.credentialId}`
			);
		})
};
