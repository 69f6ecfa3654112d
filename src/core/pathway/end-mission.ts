import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { missionActs, missionSheets, missionSheetVersions } from '../../db/schema';
import { DomainError, authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canEndMission, canRenewMission, canSeeSheet } from './policy';
import { loadPathwayViewer } from './queries';
import { EndMissionSchema, RenewMissionSchema, type SheetFields } from './schemas';
import { insertVersion, lockSheet } from './write-mission-sheet';

/** The supporter or a coordinator ends a running mission: a recorded act (who, when, why if they say). */
export async function endMission(ctx: Ctx, input: z.input<typeof EndMissionSchema>) {
	const actor = requireActor(ctx);
	const { sheetId, reason } = parseInput(EndMissionSchema, input);
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const sheet = await lockSheet(tx, sheetId);
		const { viewer } = await loadPathwayViewer(tx, actor, { organisationId: sheet.organisationId });
		authorize(canSeeSheet(viewer, sheet), 'sheet');
		// Locked above: of two ends at once, the second finds the mission ended.
		if (!canEndMission(viewer, sheet)) throw new DomainError('CONFLICT', 'error.pathway.missionEnded');
		await tx
			.update(missionSheets)
			.set({ status: 'ended', endedAt: now })
			.where(eq(missionSheets.id, sheet.id));
		await tx
			.insert(missionActs)
			.values({ sheetId: sheet.id, kind: 'ended', accountId: actor.accountId, reason, at: now });
		return { sheetId: sheet.id, status: 'ended' as const };
	});
}

/**
 * A coordinator renews a mission until a new date: a recorded act and a new version of the text (the end
 * date is part of it), which both sides sign again.
 */
export async function renewMission(ctx: Ctx, input: z.input<typeof RenewMissionSchema>) {
	const actor = requireActor(ctx);
	const { sheetId, endsOn, reason } = parseInput(RenewMissionSchema, input);
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const sheet = await lockSheet(tx, sheetId);
		const { viewer } = await loadPathwayViewer(tx, actor, { organisationId: sheet.organisationId });
		authorize(canSeeSheet(viewer, sheet), 'sheet');
		if (sheet.status !== 'active') throw new DomainError('CONFLICT', 'error.pathway.missionEnded');
		permit(canRenewMission(viewer, sheet), 'error.pathway.notCoordinator');
		const [current] = await tx
			.select()
			.from(missionSheetVersions)
			.where(
				and(eq(missionSheetVersions.sheetId, sheet.id), eq(missionSheetVersions.version, sheet.version))
			);
		if (endsOn < current!.startsOn)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'endsOn', message: 'validation.pathway.endBeforeStart' }
			]);
		const fields: SheetFields = {
			role: current!.role as SheetFields['role'],
			activities: current!.activities,
			limits: current!.limits,
			referent: current!.referent,
			hours: current!.hours,
			place: current!.place,
			startsOn: current!.startsOn,
			endsOn,
			employment: current!.employment as SheetFields['employment']
		};
		const version = sheet.version + 1;
		await insertVersion(tx, sheet.id, version, fields, actor.accountId, now);
		await tx.update(missionSheets).set({ version }).where(eq(missionSheets.id, sheet.id));
		await tx
			.insert(missionActs)
			.values({ sheetId: sheet.id, kind: 'renewed', accountId: actor.accountId, reason, endsOn, at: now });
		return { sheetId: sheet.id, version };
	});
}
