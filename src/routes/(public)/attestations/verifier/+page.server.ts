import { verifyAttestationAction } from '$lib/server/verify-attestation-form';
import type { Actions } from './$types';

export const actions: Actions = { default: verifyAttestationAction };
