import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	memberships,
	missionSheetSignatures,
	missionSheets,
	missionSheetVersions,
	organisations,
	peerPathSignOffs,
	peerPathSteps,
	sessionOccurrences,
	sessionRegistrations
} from '../../db/schema';
import type { MembershipStatus, Role } from '../organisations/vocabulary';
import { DomainError, type Actor } from '../shared';
import type { PathwayViewer } from './policy';

/** The organisation (by slug or id) and the actor as a pathway viewer; NOT_FOUND for an unknown one. */
export async function loadPathwayViewer(
	db: DatabaseOrTransaction,
	actor: Actor,
	by: { slug: string } | { organisationId: string }
) {
	const [row] = await db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			role: memberships.role,
			status: memberships.status
		})
		.from(organisations)
		.leftJoin(
			memberships,
			and(eq(memberships.organisationId, organisations.id), eq(memberships.accountId, actor.accountId))
		)
		.where('slug' in by ? eq(organisations.slug, by.slug) : eq(organisations.id, by.organisationId));
	if (!row) throw new DomainError('NOT_FOUND');
	const viewer: PathwayViewer = {
		accountId: actor.accountId,
		isInstanceAdmin: actor.isInstanceAdmin,
		membership: row.role ? { role: row.role as Role, status: row.status as MembershipStatus } : null
	};
	return { organisation: { id: row.id, slug: row.slug, name: row.name }, viewer };
}

/**
 * Which steps are done, per enrolment, computed when read: a sign-off recorded by a referent; for an
 * attendance step, a session of its group the person attended; for a signature step, a running mission
 * sheet of the organisation whose current version both sides signed. Nothing to keep in step with
 * attendance sheets or signatures: they are the record.
 */
export async function completedSteps(
	db: DatabaseOrTransaction,
	organisationId: string,
	enrolments: Array<{ id: string; accountId: string }>,
	steps: Array<{ id: string; completion: string; groupId: string | null }>
): Promise<Map<string, Set<string>>> {
	const done = new Map(enrolments.map((e) => [e.id, new Set<string>()]));
	if (enrolments.length === 0 || steps.length === 0) return done;
	const accountIds = enrolments.map((e) => e.accountId);
	const groupIds = [
		...new Set(steps.flatMap((s) => (s.completion === 'attendance' && s.groupId ? [s.groupId] : [])))
	];
	const [signOffs, attended, signed] = await Promise.all([
		db
			.select({ enrolmentId: peerPathSignOffs.enrolmentId, stepId: peerPathSignOffs.stepId })
			.from(peerPathSignOffs)
			.where(
				inArray(
					peerPathSignOffs.enrolmentId,
					enrolments.map((e) => e.id)
				)
			),
		groupIds.length === 0
			? Promise.resolve([])
			: db
					.selectDistinct({ accountId: sessionRegistrations.accountId, groupId: sessionOccurrences.groupId })
					.from(sessionRegistrations)
					.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, sessionRegistrations.occurrenceId))
					.where(
						and(
							eq(sessionRegistrations.attended, true),
							inArray(sessionRegistrations.accountId, accountIds),
							inArray(sessionOccurrences.groupId, groupIds)
						)
					),
		steps.some((s) => s.completion === 'signature')
			? db
					.select({ accountId: missionSheets.supporterId })
					.from(missionSheets)
					.innerJoin(
						missionSheetVersions,
						and(
							eq(missionSheetVersions.sheetId, missionSheets.id),
							eq(missionSheetVersions.version, missionSheets.version)
						)
					)
					.where(
						and(
							eq(missionSheets.organisationId, organisationId),
							eq(missionSheets.status, 'active'),
							inArray(missionSheets.supporterId, accountIds),
							sql`(select count(*) from ${missionSheetSignatures} s
								where s.sheet_id = ${missionSheets.id} and s.version = ${missionSheets.version}
								and s.text_hash = ${missionSheetVersions.textHash}) = 2`
						)
					)
			: Promise.resolve([])
	]);
	for (const row of signOffs) done.get(row.enrolmentId)?.add(row.stepId);
	for (const enrolment of enrolments) {
		for (const step of steps) {
			const byAttendance =
				step.completion === 'attendance' &&
				attended.some((a) => a.accountId === enrolment.accountId && a.groupId === step.groupId);
			const bySignature =
				step.completion === 'signature' && signed.some((s) => s.accountId === enrolment.accountId);
			if (byAttendance || bySignature) done.get(enrolment.id)!.add(step.id);
		}
	}
	return done;
}

export async function stepsOf(db: DatabaseOrTransaction, pathId: string) {
	return db
		.select()
		.from(peerPathSteps)
		.where(eq(peerPathSteps.pathId, pathId))
		.orderBy(peerPathSteps.position);
}
