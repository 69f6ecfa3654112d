import {
	createCredential,
	deleteCredential,
	listMyCredentials,
	requestAttestation,
	setAttestationName,
	setCredentialAudience,
	withdrawAttestationRequest
} from '$core/recognition';
import { DomainError } from '$core/shared';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		// After an edit (a plain redirect from the edit page), the address says how it went.
		const edited = event.url.searchParams.get('modifiee');
		return { wallet: await listMyCredentials(ctxFor(event)), edited };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	create: (event) =>
		runFormAction(event, async (fields) => {
			await createCredential(ctxFor(event), fields as never);
			return settled(event, { created: true }, 'credentials');
		}),
	audience: (event) =>
		runFormAction(event, async ({ credentialId, audience }) => {
			await setCredentialAudience(ctxFor(event), {
				credentialId: credentialId ?? '',
				audience: audience as never
			});
			return settled(event, { audienceSaved: true }, `credential-${credentialId}`);
		}),
	request: (event) =>
		runFormAction(event, async ({ credentialId, organisationId }) => {
			await requestAttestation(ctxFor(event), {
				credentialId: credentialId ?? '',
				organisationId: organisationId ?? ''
			});
			return settled(event, { requested: true }, `credential-${credentialId}`);
		}),
	withdraw: (event) =>
		runFormAction(event, async ({ credentialId }) => {
			await withdrawAttestationRequest(ctxFor(event), { credentialId: credentialId ?? '' });
			return settled(event, { withdrawn: true }, `credential-${credentialId}`);
		}),
	delete: (event) =>
		runFormAction(event, async ({ credentialId, confirm }) => {
			// Without JavaScript there is no dialog: the confirmation is a box ticked in the same form.
			if (confirm !== 'true')
				throw new DomainError('INVALID', 'error.invalid', [
					{ field: `confirm-${credentialId ?? ''}`, message: 'validation.recognition.confirmDelete' }
				]);
			await deleteCredential(ctxFor(event), { credentialId: credentialId ?? '' });
			return settled(event, { deleted: true }, 'credentials');
		}),
	name: (event) =>
		runFormAction(event, async ({ attestationName }) => {
			await setAttestationName(ctxFor(event), { attestationName });
			return settled(event, { nameSaved: true }, 'attestation-name');
		})
};
