import { eq, or } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import {
	accompanimentHandovers,
	missionActs,
	missionSheetSignatures,
	missionSheets,
	missionSheetVersions,
	peerPathEnrolments,
	peerPathSignOffs,
	peerPaths,
	supporterStepDowns
} from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * A supporter's path records stay theirs: their enrolments and sign-offs, their mission sheets with every
 * version, signature and act, their step-downs, and the handovers addressed to them or made by them.
 */
export async function pathwayRecordOf(tx: Transaction, accountId: string) {
	const sheets = await tx.select().from(missionSheets).where(eq(missionSheets.supporterId, accountId));
	const sheetRecords = await Promise.all(
		sheets.map(async (sheet) => ({
			...sheet,
			versions: await tx
				.select()
				.from(missionSheetVersions)
				.where(eq(missionSheetVersions.sheetId, sheet.id)),
			signatures: await tx
				.select()
				.from(missionSheetSignatures)
				.where(eq(missionSheetSignatures.sheetId, sheet.id)),
			acts: await tx.select().from(missionActs).where(eq(missionActs.sheetId, sheet.id))
		}))
	);
	const enrolments = await tx
		.select({
			id: peerPathEnrolments.id,
			path: peerPaths.title,
			status: peerPathEnrolments.status,
			createdAt: peerPathEnrolments.createdAt
		})
		.from(peerPathEnrolments)
		.innerJoin(peerPaths, eq(peerPaths.id, peerPathEnrolments.pathId))
		.where(eq(peerPathEnrolments.accountId, accountId));
	const signOffs = await tx
		.select({
			enrolmentId: peerPathSignOffs.enrolmentId,
			stepId: peerPathSignOffs.stepId,
			signedAt: peerPathSignOffs.signedAt
		})
		.from(peerPathSignOffs)
		.innerJoin(peerPathEnrolments, eq(peerPathEnrolments.id, peerPathSignOffs.enrolmentId))
		.where(eq(peerPathEnrolments.accountId, accountId));
	const [stepDowns, handovers] = await Promise.all([
		tx.select().from(supporterStepDowns).where(eq(supporterStepDowns.accountId, accountId)),
		tx
			.select({
				id: accompanimentHandovers.id,
				kind: accompanimentHandovers.kind,
				status: accompanimentHandovers.status,
				message: accompanimentHandovers.message,
				createdAt: accompanimentHandovers.createdAt,
				decidedAt: accompanimentHandovers.decidedAt
			})
			.from(accompanimentHandovers)
			.where(
				or(
					eq(accompanimentHandovers.requesterId, accountId),
					eq(accompanimentHandovers.fromSupporterId, accountId)
				)
			)
	]);
	return { enrolments, signOffs, missionSheets: sheetRecords, stepDowns, handovers };
}

export const pathwayPersonalData: PersonalDataContributor = {
	module: 'pathway',
	exportFor: pathwayRecordOf,
	async eraseFor(tx, accountId) {
		// Their sheets, enrolments, step-downs and the handovers addressed to them go with them (cascades on
		// the account make sure); what they did for others (sign-offs, signatures for an organisation, a
		// handover they proposed) stays without their name.
		await tx.delete(missionSheets).where(eq(missionSheets.supporterId, accountId));
		await tx.delete(peerPathEnrolments).where(eq(peerPathEnrolments.accountId, accountId));
		await tx.delete(supporterStepDowns).where(eq(supporterStepDowns.accountId, accountId));
		await tx.delete(accompanimentHandovers).where(eq(accompanimentHandovers.requesterId, accountId));
		await tx.update(peerPathSignOffs).set({ signedBy: null }).where(eq(peerPathSignOffs.signedBy, accountId));
		await tx
			.update(missionSheetSignatures)
			.set({ accountId: null, signerName: '' })
			.where(eq(missionSheetSignatures.accountId, accountId));
		await tx
			.update(accompanimentHandovers)
			.set({ fromSupporterId: null, message: '' })
			.where(eq(accompanimentHandovers.fromSupporterId, accountId));
		await tx.update(missionActs).set({ accountId: null }).where(eq(missionActs.accountId, accountId));
		await tx
			.update(missionSheetVersions)
			.set({ createdBy: null })
			.where(eq(missionSheetVersions.createdBy, accountId));
		await tx.update(peerPaths).set({ createdBy: null }).where(eq(peerPaths.createdBy, accountId));
		await tx
			.update(peerPathEnrolments)
			.set({ referentId: null })
			.where(eq(peerPathEnrolments.referentId, accountId));
		await tx
			.update(peerPathEnrolments)
			.set({ enrolledBy: null })
			.where(eq(peerPathEnrolments.enrolledBy, accountId));
	}
};
