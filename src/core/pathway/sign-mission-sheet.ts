import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { accounts, missionSheetSignatures, missionSheetVersions } from '../../db/schema';
import { DomainError, authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canSeeSheet, signingSide } from './policy';
import { loadPathwayViewer } from './queries';
import { SignSheetSchema } from './schemas';
import { lockSheet } from './write-mission-sheet';

/**
 * The supporter, or a coordinator for the organisation, signs the version they read. The signature keeps
 * who, when, the version and its text's hash. A version replaced meanwhile is not signed (CONFLICT: read
 * the new one); a side signs a version once.
 */
export async function signMissionSheet(ctx: Ctx, input: z.input<typeof SignSheetSchema>) {
	const actor = requireActor(ctx);
	const { sheetId, version } = parseInput(SignSheetSchema, input);
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
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
		const [signed] = await tx
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
		if (!signed) throw new DomainError('CONFLICT', 'error.pathway.alreadySigned');
		return { sheetId: sheet.id, version, side };
	});
}
