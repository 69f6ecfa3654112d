import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { accounts, missionSheetSignatures, missionSheetVersions } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { activeCoordinatorIds } from '../organisations/queries';
import { DomainError, authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canSeeSheet, signingSide } from './policy';
import { loadPathwayViewer } from './queries';
import { SignSheetSchema } from './schemas';
import { lockSheet } from './write-mission-sheet';

/**
 * The supporter, or a coordinator for the organisation, signs the version they read. The signature keeps
 * who, when, the version and its text's hash. A version replaced meanwhile is not signed (CONFLICT: read
 * the new one); a side signs a version once. When the supporter signs a version the organisation has not
 * signed yet, its coordinators are told it waits for them (in the same transaction).
 */
export async function signMissionSheet(ctx: Ctx, input: z.input<typeof SignSheetSchema>) {
	const actor = requireActor(ctx);
	const { sheetId, version } = parseInput(SignSheetSchema, input);
	const now = ctx.clock.now();
	const signed = await ctx.db.transaction(async (tx) => {
		const sheet = await lockSheet(tx, sheetId);
		const { viewer } = await loadPathwayViewer(tx, actor, { organisationId: sheet.organisationId });
		authorize(canSeeSheet(viewer, sheet), 'sheet');
		if (sheet.status !== 'active') throw new DomainError('CONFLICT', 'error.pathway.missionEnded');
		const side = signingSide(viewer, sheet);
		permit(side, 'error.pathway.cannotSign');
		if (version !== sheet.version) throw new DomainError('CONFLICT', 'error.pathway.sheetChanged');
		const [text] = await tx
			.select({ textHash: missionSheetVersions.textHash })
			.from(missionSheetVersions)
			.where(and(eq(missionSheetVersions.sheetId, sheet.id), eq(missionSheetVersions.version, version)));
		const [signer] = await tx
			.select({ pseudonym: accounts.pseudonym })
			.from(accounts)
			.where(eq(accounts.id, actor.accountId));
		const [inserted] = await tx
			.insert(missionSheetSignatures)
			.values({
				sheetId: sheet.id,
				version,
				side,
				accountId: actor.accountId,
				signerName: signer!.pseudonym,
				textHash: text!.textHash,
				signedAt: now
			})
			.onConflictDoNothing()
			.returning({ side: missionSheetSignatures.side });
		if (!inserted) throw new DomainError('CONFLICT', 'error.pathway.alreadySigned');
		// The supporter signed first: the organisation's coordinators are told the sheet waits for them.
		const [countersigned] =
			side === 'supporter'
				? await tx
						.select({ side: missionSheetSignatures.side })
						.from(missionSheetSignatures)
						.where(
							and(
								eq(missionSheetSignatures.sheetId, sheet.id),
								eq(missionSheetSignatures.version, version),
								eq(missionSheetSignatures.side, 'organisation')
							)
						)
				: [{ side: 'organisation' }];
		const coordinators = countersigned ? [] : await activeCoordinatorIds(tx, sheet.organisationId);
		const told = await notifyAll(
			tx,
			coordinators
				.filter((accountId) => accountId !== sheet.supporterId)
				.map((accountId) => ({
					accountId,
					kind: 'mission_sheet.to_sign' as const,
					subjectId: sheet.id,
					organisationId: sheet.organisationId,
					now
				}))
		);
		return { result: { sheetId: sheet.id, version, side }, told };
	});
	for (const event of signed.told) ctx.events.emit(event);
	return signed.result;
}
