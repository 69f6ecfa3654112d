import type { MessageKey } from '$i18n';
import type { Visibility } from '$core/matching/visibility';
import type { ActivityKind, CredentialKind, PeerRole } from '$core/recognition/vocabulary';

// Literal maps, so the route-messages analysis finds every key a recognition page may show.
export const CREDENTIAL_KIND_LABEL: Record<CredentialKind, MessageKey> = {
	du_peer_support: 'recognition.credentialKind.du_peer_support',
	licence_msp: 'recognition.credentialKind.licence_msp',
	association_training: 'recognition.credentialKind.association_training',
	facilitator_training: 'recognition.credentialKind.facilitator_training',
	other_training: 'recognition.credentialKind.other_training',
	role: 'recognition.credentialKind.role'
};
export const ROLE_LABEL: Record<PeerRole, MessageKey> = {
	pair_aidant_benevole: 'recognition.role.pair_aidant_benevole',
	mediateur_sante_pair: 'recognition.role.mediateur_sante_pair',
	travailleur_pair: 'recognition.role.travailleur_pair',
	patient_partenaire: 'recognition.role.patient_partenaire',
	expert_experience: 'recognition.role.expert_experience',
	pair_aidant_familial: 'recognition.role.pair_aidant_familial'
};
export const ACTIVITY_KIND_LABEL: Record<ActivityKind, MessageKey> = {
	accompaniment: 'recognition.activityKind.accompaniment',
	group_facilitation: 'recognition.activityKind.group_facilitation',
	intervision: 'recognition.activityKind.intervision',
	training_given: 'recognition.activityKind.training_given',
	testimony: 'recognition.activityKind.testimony',
	other: 'recognition.activityKind.other'
};
export const AUDIENCE_LABEL: Record<Visibility, MessageKey> = {
	only_me: 'profile.visibility.only_me',
	my_supporters: 'profile.visibility.my_supporters',
	my_organisations: 'profile.visibility.my_organisations',
	instance: 'profile.visibility.instance'
};

/** Hours and minutes, as the attestation prints them. */
export function minutesLabel(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
