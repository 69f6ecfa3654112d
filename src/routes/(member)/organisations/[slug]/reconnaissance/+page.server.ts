import {
	decideAttestation,
	formatVerificationCode,
	issueAttestation,
	listAttestationRequests,
	listOrganisationActivity,
	listOrganisationAttestations,
	revokeAttestation
} from '$core/recognition';
import { ctxFor } from '$lib/server/context';
import { settled } from '$lib/server/flash';
import { runFormAction } from '$lib/server/forms';
import { pageError } from '$lib/server/http-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const ctx = ctxFor(event);
		const slug = event.params.slug;
		const chosen = event.url.searchParams.get('personne') || undefined;
		const [requests, activity, attestations] = await Promise.all([
			listAttestationRequests(ctx, { slug }),
			listOrganisationActivity(ctx, { slug, accountId: chosen }),
			listOrganisationAttestations(ctx, { slug })
		]);
		const attestationsShown = attestations.map((attestation) => ({
			...attestation,
			code: formatVerificationCode(attestation.code)
		}));
		return { ...requests, activity, chosen: chosen ?? null, attestations: attestationsShown };
	} catch (error) {
		pageError(error, event.locals.locale);
	}
};

export const actions: Actions = {
	decide: (event) =>
		runFormAction(event, async ({ credentialId, decision, seenVersion }) => {
			const { attested } = await decideAttestation(ctxFor(event), {
				slug: event.params.slug,
				credentialId: credentialId ?? '',
				decision: decision as never,
				seenVersion: seenVersion ?? ''
			});
			return settled(event, attested ? { attested: true } : { declined: true }, 'requests');
		}),
	issue: (event) =>
		runFormAction(event, async ({ accountId, periodStart, periodEnd }) => {
			const attestation = await issueAttestation(ctxFor(event), {
				slug: event.params.slug,
				accountId: accountId ?? '',
				periodStart: periodStart ?? '',
				periodEnd: periodEnd ?? ''
			});
			return settled(event, { issued: formatVerificationCode(attestation.code) }, 'attestations');
		}),
	revoke: (event) =>
		runFormAction(event, async ({ attestationId, reason }) => {
			await revokeAttestation(ctxFor(event), {
				slug: event.params.slug,
				attestationId: attestationId ?? '',
				reason: reason ?? ''
			});
			return settled(event, { revoked: true }, 'attestations');
		})
};
