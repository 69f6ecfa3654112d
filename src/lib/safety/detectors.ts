// What crisis-detector-loader.svelte.ts loads on first typing: one chunk with both detectors.
export { detectCrisisLanguage } from '$core/safety';
export { safetyNoticeFor } from '$core/conversations/safety-notice-policy';
