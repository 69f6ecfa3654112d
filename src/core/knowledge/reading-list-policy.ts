import { audienceAdmits, canManageReadingLists, type KnowledgeViewer } from './policy';
import type { KnowledgeAudience } from './vocabulary';

export interface ReadingListFacts {
	organisationId: string;
	audience: KnowledgeAudience;
}

/**
 * Whether the viewer may know a reading list exists: its audience admits them (as for a contribution), or
 * they gather the organisation's lists. Reading it shows only the items the reader may read themselves.
 */
export function canReadReadingList(viewer: KnowledgeViewer, list: ReadingListFacts): boolean {
	return (
		audienceAdmits(viewer, list.audience, list.organisationId) ||
		canManageReadingLists(viewer, list.organisationId)
	);
}

/** A list's audience: 'public' only where the organisation lets knowledge be public. */
export function readingListAudienceAllowed(audience: KnowledgeAudience, knowledgePublic: boolean): boolean {
	return audience !== 'public' || knowledgePublic;
}
