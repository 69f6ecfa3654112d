import type { RequestEvent } from '@sveltejs/kit';
import { verifyAttestation } from '$core/recognition';
import { ctxFor } from './context';
import { runFormAction } from './forms';

/**
 * The verification form's action, shared by /attestations/verifier and its prefilled /[code] address. The
 * answer comes back as the action's data (no redirect): it is a lookup, and what it found is shown only to
 * whoever asked, never stored in a cookie.
 */
export const verifyAttestationAction = (event: RequestEvent) =>
	runFormAction(event, async ({ code }) => {
		const result = await verifyAttestation(ctxFor(event), { code: code ?? '' });
		return { code: code ?? '', result };
	});
