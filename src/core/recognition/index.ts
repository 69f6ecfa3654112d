// Recognition of peer supporters' work (issue 13): credentials wallet, activity log, attestations.
export * from './vocabulary';
export * from './policy';
export { totalsByKind, formatMinutes, type KindTotal } from './totals';
export { formatVerificationCode, normaliseVerificationCode } from './verification-code';
export {
	CreateCredentialSchema,
	UpdateCredentialSchema,
	createCredential,
	updateCredential
} from './save-credential';
export {
	CredentialIdSchema,
	SetCredentialAudienceSchema,
	RequestAttestationSchema,
	setCredentialAudience,
	deleteCredential,
	requestAttestation,
	withdrawAttestationRequest
} from './manage-credential';
export {
	DecideAttestationSchema,
	ListAttestationRequestsSchema,
	decideAttestation,
	listAttestationRequests
} from './attest-credential';
export { listMyCredentials, visibleCredentials, VisibleCredentialsSchema } from './list-credentials';
export {
	LogActivitySchema,
	UpdateActivitySchema,
	ActivityEntryIdSchema,
	logActivity,
	updateActivity,
	deleteActivity
} from './log-activity';
export { importMyActivity, importActivityFor } from './import-activity';
export {
	ListMyActivitySchema,
	ListOrganisationActivitySchema,
	listMyActivity,
	listOrganisationActivity
} from './list-activity';
export { IssueAttestationSchema, issueAttestation } from './issue-attestation';
export {
	RevokeAttestationSchema,
	GetAttestationSchema,
	revokeAttestation,
	listOrganisationAttestations,
	listMyAttestations,
	getAttestation,
	type Attestation
} from './manage-attestations';
export { VerifyAttestationSchema, verifyAttestation, type VerifiedAttestation } from './verify-attestation';
export { attestationPdf } from './attestation-pdf';
export { SetAttestationNameSchema, setAttestationName } from './attestation-settings';
export { recognitionPersonalData } from './personal-data';
