import { CONFIRMATION_WAITING_DAYS, type ConfirmationKind, type KnowledgeAudience } from './vocabulary';
import type { KnowledgeViewer } from './policy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A person's confirmations count from this moment: their account's creation plus the waiting days. */
export const confirmationCountsFrom = (accountCreatedAt: Date) =>
	new Date(accountCreatedAt.getTime() + CONFIRMATION_WAITING_DAYS * DAY_MS);

/** 'different' needs a few words on how it held differently; the others may have some. */
export const needsNuance = (kind: ConfirmationKind) => kind === 'different';

/**
 * Whether a confirmation's writer is named to this viewer: only with their consent, and never to visitors
 * (a public contribution's confirmations are not a list of names on the web).
 */
export const showsConfirmationName = (showName: boolean, viewer: KnowledgeViewer) =>
	showName && viewer !== null;

/**
 * Whether the viewer sees confirmations counted per experience: never visitors on a public contribution
 * (visitors never see experiences); everyone else who reads the contribution does.
 */
export const seesExperienceCounts = (viewer: KnowledgeViewer) => viewer !== null;

/**
 * Whether the people behind an experience count are named: with their consent, and never on a public
 * contribution (there an experience stays a number).
 */
export const namesPeoplePerExperience = (showName: boolean, audience: KnowledgeAudience) =>
	showName && audience !== 'public';

/** At most this many proposals of one person wait on one contribution at a time. */
export const MAX_PENDING_REVISIONS = 3;

export interface RevisionFacts {
	proposerId: string | null;
	authorId: string | null;
	status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
	hidden: boolean;
}

/**
 * Who sees a revision of a contribution they can read: its author (every one), its proposer (theirs), and
 * everyone once it is accepted (it is a version then). Hidden by moderation: nobody, here.
 */
export function canSeeRevision(viewer: KnowledgeViewer, revision: RevisionFacts): boolean {
	if (revision.hidden) return false;
	if (revision.status === 'accepted') return true;
	if (viewer === null) return false;
	return viewer.accountId === revision.authorId || viewer.accountId === revision.proposerId;
}
