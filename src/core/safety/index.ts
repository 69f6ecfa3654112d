// Crisis-language detection: pure and framework-free, so the same check runs on the server when a form
// is posted (works without JavaScript) and in the browser as the person types.
export { detectCrisisLanguage, normaliseForDetection, type CrisisDetection } from './detect-crisis-language';
export { CRISIS_CATEGORIES, type CrisisCategory } from './crisis-lexicon';
export { detectOffPlatform } from './detect-off-platform';
export { SAFETY_NOTICES, type SafetyNotice } from './off-platform-lexicon';
