import type { Viewer } from '../organisations/policy';

/**
 * Only the organisation's active coordinators read the debrief notes shared with it and acknowledge them:
 * not its moderators, not the instance's administrators (a note is between a supporter and their
 * coordinators).
 */
export const canReadSharedDebriefs = (viewer: Viewer): boolean =>
	viewer?.membership?.status === 'active' && viewer.membership.role === 'coordinator';
