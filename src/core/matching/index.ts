export {
	VISIBILITIES,
	PREVIEW_AUDIENCES,
	type Visibility,
	type PreviewAudience,
	canSeeExperience
} from './visibility';
export {
	FORMATS,
	LANGUAGES,
	GENDERS,
	WEEK_DAYS,
	DECLINE_MESSAGES,
	MAX_PENDING_CONTACT_REQUESTS,
	MAX_INTRODUCTION,
	MAX_SLOTS
} from './offer-vocabulary';
export { syncExperienceVocabulary } from './sync-experience-vocabulary';
export { searchExperiences, type ExperienceOption } from './search-experiences';
export { saveProfileExperience, PERIODS } from './save-profile-experience';
export { removeProfileExperience } from './remove-profile-experience';
export { viewProfile, type ProfileExperience } from './view-profile';
export { saveSupporterOffer, setOfferPause } from './save-supporter-offer';
export {
	setCoolDown,
	liftCoolDown,
	activeCoolDown,
	COOL_DOWN_DURATIONS,
	UNTIL_LIFTED
} from './set-cool-down';
export { createHelpRequest } from './create-help-request';
export { findMatches, type MatchExplanation } from './find-matches';
export { sendContactRequest, requestResumption, countPendingContacts } from './send-contact-request';
export { decideContactRequest } from './decide-contact-request';
export { endAccompaniment } from './end-accompaniment';
export { blockPerson } from './block-person';
export { supporterDashboard } from './supporter-dashboard';
export { mySupport, getAccompaniment } from './my-support';
export { matchingPersonalData } from './personal-data';
export { proposeExperience } from './propose-experience';
export { decideExperienceProposal } from './decide-experience-proposal';
export { renameExperience } from './rename-experience';
export { mergeExperiences } from './merge-experiences';
export { vocabularyAdministration, myExperienceProposals } from './vocabulary-administration';
