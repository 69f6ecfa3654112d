import type { MembershipStatus, Role } from '../organisations/vocabulary';
import type { SignatureSide } from './vocabulary';

/** Who is asking, relative to one organisation. */
export interface PathwayViewer {
	accountId: string;
	isInstanceAdmin: boolean;
	membership: { role: Role; status: MembershipStatus } | null;
}

const isActive = (viewer: PathwayViewer) => viewer.membership?.status === 'active';

/** Coordinators (and instance administrators) define paths, write mission sheets, sign for the organisation. */
export function isCoordinator(viewer: PathwayViewer): boolean {
	return viewer.isInstanceAdmin || (isActive(viewer) && viewer.membership!.role === 'coordinator');
}

/** Any active member sees the organisation's paths and may enrol; professionals too (they may train). */
export function canSeePaths(viewer: PathwayViewer): boolean {
	return isActive(viewer) || viewer.isInstanceAdmin;
}

export function canEnrolSelf(viewer: PathwayViewer): boolean {
	return isActive(viewer);
}

export interface EnrolmentFacts {
	accountId: string;
	referentId: string | null;
}

/** A coordinator or the enrolment's named referent signs a step off; nobody signs off their own steps. */
export function canSignOff(viewer: PathwayViewer, enrolment: EnrolmentFacts): boolean {
	if (viewer.accountId === enrolment.accountId) return false;
	return isCoordinator(viewer) || (isActive(viewer) && enrolment.referentId === viewer.accountId);
}

/** The person, their referent and the coordinators see an enrolment's progress. */
export function canSeeEnrolment(viewer: PathwayViewer, enrolment: EnrolmentFacts): boolean {
	return viewer.accountId === enrolment.accountId || canSignOff(viewer, enrolment);
}

export interface SheetFacts {
	supporterId: string;
	status: string;
}

/** The supporter and the organisation's coordinators read a mission sheet; nobody else knows it exists. */
export function canSeeSheet(viewer: PathwayViewer, sheet: SheetFacts): boolean {
	return viewer.accountId === sheet.supporterId || isCoordinator(viewer);
}

/** Coordinators write a sheet's new versions, while it runs, never for themselves. */
export function canReviseSheet(viewer: PathwayViewer, sheet: SheetFacts): boolean {
	return sheet.status === 'active' && viewer.accountId !== sheet.supporterId && isCoordinator(viewer);
}

/**
 * The side the viewer signs for: the supporter for themselves, a coordinator for the organisation. A
 * coordinator who is the supporter signs only as the supporter: another coordinator signs for the
 * organisation, so nobody signs both sides.
 */
export function signingSide(viewer: PathwayViewer, sheet: SheetFacts): SignatureSide | null {
	if (sheet.status !== 'active') return null;
	if (viewer.accountId === sheet.supporterId) return 'supporter';
	return isCoordinator(viewer) ? 'organisation' : null;
}

/** Either party ends a running mission; renewing it (a new end date) is the organisation's act. */
export function canEndMission(viewer: PathwayViewer, sheet: SheetFacts): boolean {
	return sheet.status === 'active' && canSeeSheet(viewer, sheet);
}

export function canRenewMission(viewer: PathwayViewer, sheet: SheetFacts): boolean {
	return canReviseSheet(viewer, sheet);
}

/** A version is in force when both sides signed that very text (same hash). */
export function isFullySigned(
	version: { version: number; textHash: string },
	signatures: Array<{ version: number; side: SignatureSide; textHash: string }>
): boolean {
	const valid = signatures.filter((s) => s.version === version.version && s.textHash === version.textHash);
	return valid.some((s) => s.side === 'supporter') && valid.some((s) => s.side === 'organisation');
}

/** Steps in order with whether each is done; `current` is the first step not done (null: path finished). */
export function progressOf<Step extends { id: string; position: number }>(
	steps: Step[],
	done: ReadonlySet<string>
): { steps: Array<Step & { done: boolean }>; current: string | null; doneCount: number } {
	const ordered = [...steps]
		.sort((a, b) => a.position - b.position)
		.map((s) => ({ ...s, done: done.has(s.id) }));
	return {
		steps: ordered,
		current: ordered.find((s) => !s.done)?.id ?? null,
		doneCount: ordered.filter((s) => s.done).length
	};
}
