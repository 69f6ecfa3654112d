/**
 * Peer roles in the vocabulary the HAS uses (Haute Autorité de santé, 2023 recommendation on peer support).
 * Kept here, closed and ordered, so that credentials can name the same roles later.
 */
export const PEER_ROLES = [
	'pair_aidant_benevole',
	'mediateur_sante_pair',
	'travailleur_pair',
	'patient_partenaire',
	'expert_experience'
] as const;
export type PeerRole = (typeof PEER_ROLES)[number];

/** Under which status the supporter carries the mission. */
export const EMPLOYMENT_STATUSES = ['volunteer', 'employee', 'independent'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** What completes a step of a path. */
export const STEP_COMPLETIONS = ['attendance', 'signature', 'sign_off'] as const;
export type StepCompletion = (typeof STEP_COMPLETIONS)[number];

export const SIGNATURE_SIDES = ['supporter', 'organisation'] as const;
export type SignatureSide = (typeof SIGNATURE_SIDES)[number];

export const STEP_DOWN_KINDS = ['pause', 'final'] as const;
export type StepDownKind = (typeof STEP_DOWN_KINDS)[number];

/** A path holds at most this many steps (the form shows as many rows). */
export const MAX_STEPS = 8;
