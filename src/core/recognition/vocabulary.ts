/**
 * The words of recognition: kinds of credentials, the roles the HAS names for peer work, kinds of
 * activity. Pure constants, imported by components too. The pathway module's mission sheets name the
 * same roles (it re-exports PEER_ROLES).
 */
export const CREDENTIAL_KINDS = [
	'du_peer_support',
	'licence_msp',
	'association_training',
	'facilitator_training',
	'other_training',
	'role'
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Roles in the vocabulary of the Haute Autorité de santé. */
export const PEER_ROLES = [
	'pair_aidant_benevole',
	'mediateur_sante_pair',
	'travailleur_pair',
	'patient_partenaire',
	'expert_experience',
	'pair_aidant_familial'
] as const;
export type PeerRole = (typeof PEER_ROLES)[number];

export const ACTIVITY_KINDS = [
	'accompaniment',
	'group_facilitation',
	'intervision',
	'training_given',
	'testimony',
	'other'
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const MAX_CREDENTIAL_TITLE = 200;
export const MAX_CREDENTIAL_ISSUER = 200;
export const MAX_ACTIVITY_NOTE = 500;
/** A day of activity is at most 24 hours. */
export const MAX_ACTIVITY_MINUTES = 24 * 60;
/** An attestation covers at most this many days (a little over two years). */
export const MAX_ATTESTATION_DAYS = 800;
export const MAX_ATTESTATION_NAME = 80;
/** Verification lookups per address: a burst of 10, then one every 30 s. */
export const VERIFY_RATE = { capacity: 10, perSeconds: 300 } as const;
