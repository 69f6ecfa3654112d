import type { Role } from '../organisations/vocabulary';
import type { Visibility } from '../matching/visibility';
import type { ContributionStatus, KnowledgeAudience } from './vocabulary';

/**
 * Who is asking. `roles` holds the person's active role in each organisation they belong to (by id);
 * `moderates` the organisations where they review reports (coordinators and moderators). `null`: a visitor.
 */
export type KnowledgeViewer = {
	accountId: string;
	isInstanceAdmin: boolean;
	roles: ReadonlyMap<string, Role>;
	moderates: ReadonlySet<string>;
} | null;

export interface ContributionFacts {
	authorId: string | null;
	organisationId: string | null;
	audience: KnowledgeAudience;
	status: ContributionStatus;
	hidden: boolean;
}

const isAuthor = (viewer: KnowledgeViewer, facts: ContributionFacts) =>
	viewer !== null && facts.authorId !== null && facts.authorId === viewer.accountId;

/** Reads the organisation's knowledge: an active member there, partner professionals excepted. */
export function readsOrganisation(viewer: KnowledgeViewer, organisationId: string | null): boolean {
	if (viewer === null || organisationId === null) return false;
	const role = viewer.roles.get(organisationId);
	return role !== undefined && role !== 'professional';
}

/** Reviews reports about the organisation's knowledge (its moderators), or the instance's (admins). */
export function moderatesContribution(viewer: KnowledgeViewer, facts: ContributionFacts): boolean {
	if (viewer === null) return false;
	if (viewer.isInstanceAdmin) return true;
	return facts.organisationId !== null && viewer.moderates.has(facts.organisationId);
}

/** Whether an audience lets this viewer read (status and moderation aside). */
export function audienceAdmits(
	viewer: KnowledgeViewer,
	audience: KnowledgeAudience,
	organisationId: string | null
): boolean {
	switch (audience) {
		case 'public':
			return true;
		case 'members':
			return viewer !== null;
		case 'organisation':
			return readsOrganisation(viewer, organisationId);
	}
}

/**
 * Whether the viewer may know the contribution exists (everyone else gets NOT_FOUND, in pages, API, search
 * and exports alike). A draft is its author's alone; a hidden contribution only its author's and its
 * moderators'.
 */
export function canReadContribution(viewer: KnowledgeViewer, facts: ContributionFacts): boolean {
	if (isAuthor(viewer, facts)) return true;
	if (facts.status === 'draft') return false;
	if (facts.hidden) return moderatesContribution(viewer, facts);
	return audienceAdmits(viewer, facts.audience, facts.organisationId) || moderatesContribution(viewer, facts);
}

/**
 * Whether a contribution appears to the viewer where they read (search, reading lists), not review: only
 * published and not hidden (a moderator's reach and an author's drafts stay on their own pages), what the
 * audience admits or their own, and never one carrying a topic they chose to hide.
 */
export function readsInLists(
	viewer: KnowledgeViewer,
	facts: ContributionFacts,
	topics: { contentWarnings: readonly string[]; hiddenTopics: readonly string[] }
): boolean {
	if (facts.status !== 'published' || facts.hidden) return false;
	if (topics.contentWarnings.some((topic) => topics.hiddenTopics.includes(topic))) return false;
	return isAuthor(viewer, facts) || audienceAdmits(viewer, facts.audience, facts.organisationId);
}

/** The author edits their own contribution, unless moderation hid it. */
export const canEditContribution = (viewer: KnowledgeViewer, facts: ContributionFacts) =>
	isAuthor(viewer, facts) && !facts.hidden;

/** Other signed-in readers of a published, visible contribution confirm it, nuance it, propose a revision. */
export function canRespondToContribution(viewer: KnowledgeViewer, facts: ContributionFacts): boolean {
	return (
		viewer !== null &&
		!isAuthor(viewer, facts) &&
		facts.status === 'published' &&
		!facts.hidden &&
		audienceAdmits(viewer, facts.audience, facts.organisationId)
	);
}

/** An audience the author may choose: 'organisation' needs one they belong to, 'public' its permission. */
export function canChooseAudience(
	viewer: KnowledgeViewer,
	audience: KnowledgeAudience,
	organisation: { id: string; knowledgePublic: boolean } | null
): boolean {
	if (viewer === null) return false;
	if (audience === 'members') return true;
	if (organisation === null || !viewer.roles.has(organisation.id)) return false;
	return audience === 'organisation' || organisation.knowledgePublic;
}

/** Coordinators and peer supporters of an organisation gather reading lists there. */
export function canManageReadingLists(viewer: KnowledgeViewer, organisationId: string): boolean {
	if (viewer === null) return false;
	if (viewer.isInstanceAdmin) return true;
	const role = viewer.roles.get(organisationId);
	return role === 'coordinator' || role === 'peer_supporter';
}

/** Coordinators publish their organisation's research datasets and allow public knowledge. */
export function canPublishResearch(viewer: KnowledgeViewer, organisationId: string): boolean {
	if (viewer === null) return false;
	return viewer.isInstanceAdmin || viewer.roles.get(organisationId) === 'coordinator';
}

/**
 * The profile visibilities whose experiences a confirmation may name for a contribution's audience: a
 * confirmation never reveals an experience its writer keeps from those readers. On a public contribution
 * they are shown only as counts per experience, and only to signed-in readers (visitors never see
 * experiences).
 */
export function experienceVisibilitiesFor(audience: KnowledgeAudience): Visibility[] {
	switch (audience) {
		case 'organisation':
			return ['my_organisations', 'instance'];
		case 'members':
		case 'public':
			return ['instance'];
	}
}
