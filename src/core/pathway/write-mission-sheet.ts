import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Transaction } from '../../db/client';
import { missionSheets, missionSheetVersions } from '../../db/schema';
import { notify } from '../notifications/notify';
import {
	DomainError,
	authorize,
	parseInput,
	permit,
	requireActor,
	type Ctx,
	type DomainEvent
} from '../shared';
import { canReviseSheet, canSeeSheet, isCoordinator } from './policy';
import { isActiveMember } from '../organisations/queries';
import { loadPathwayViewer } from './queries';
import { CreateSheetSchema, ReviseSheetSchema, type SheetFields } from './schemas';
import { sheetTextHash } from './sheet-text';

export async function insertVersion(
	tx: Transaction,
	sheetId: string,
	version: number,
	fields: SheetFields,
	createdBy: string,
	now: Date
) {
	await tx.insert(missionSheetVersions).values({
		sheetId,
		version,
		...fields,
		textHash: sheetTextHash(fields),
		createdBy,
		createdAt: now
	});
}

/** A coordinator writes a mission sheet for an active member of the organisation; nobody has signed yet. */
export async function createMissionSheet(ctx: Ctx, input: z.input<typeof CreateSheetSchema>) {
	const actor = requireActor(ctx);
	const { slug, supporterId, fields } = parseInput(CreateSheetSchema, input);
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, { slug });
	permit(isCoordinator(viewer), 'error.pathway.notCoordinator');
	if (supporterId === actor.accountId || !(await isActiveMember(ctx.db, organisation.id, supporterId)))
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'supporterId', message: 'validation.pathway.notMember' }
		]);
	const now = ctx.clock.now();
	const created = await ctx.db.transaction(async (tx) => {
		const [sheet] = await tx
			.insert(missionSheets)
			.values({ organisationId: organisation.id, supporterId, createdAt: now })
			.returning({ id: missionSheets.id });
		await insertVersion(tx, sheet!.id, 1, fields, actor.accountId, now);
		const told = await toldToSign(tx, supporterId, sheet!.id, organisation.id, now);
		return { result: { sheetId: sheet!.id, version: 1 }, told };
	});
	if (created.told) ctx.events.emit(created.told);
	return created.result;
}

/**
 * A coordinator changes a sheet: a new version, the old one kept as written. Signatures name a version,
 * so after a change the sheet is in force again only when both sides have signed the new text.
 */
export async function reviseMissionSheet(ctx: Ctx, input: z.input<typeof ReviseSheetSchema>) {
	const actor = requireActor(ctx);
	const { sheetId, fields } = parseInput(ReviseSheetSchema, input);
	const now = ctx.clock.now();
	const revised = await ctx.db.transaction(async (tx) => {
		const sheet = await lockSheet(tx, sheetId);
		const { viewer } = await loadPathwayViewer(tx, actor, { organisationId: sheet.organisationId });
		authorize(canSeeSheet(viewer, sheet), 'sheet');
		if (sheet.status !== 'active') throw new DomainError('CONFLICT', 'error.pathway.missionEnded');
		permit(canReviseSheet(viewer, sheet), 'error.pathway.notCoordinator');
		const version = sheet.version + 1;
		await insertVersion(tx, sheet.id, version, fields, actor.accountId, now);
		await tx.update(missionSheets).set({ version }).where(eq(missionSheets.id, sheet.id));
		const told = await toldToSign(tx, sheet.supporterId, sheet.id, sheet.organisationId, now);
		return { result: { sheetId: sheet.id, version }, told };
	});
	if (revised.told) ctx.events.emit(revised.told);
	return revised.result;
}

/**
 * The supporter is told a sheet waits for their signature, in the transaction that wrote it. Once per
 * sheet (notifications are once per person, kind and subject): a later version is shown on the same
 * notification's page, where the sheet says which version waits for whom.
 */
export function toldToSign(
	tx: Transaction,
	accountId: string,
	sheetId: string,
	organisationId: string,
	now: Date
): Promise<DomainEvent | null> {
	return notify(tx, { accountId, kind: 'mission_sheet.to_sign', subjectId: sheetId, organisationId, now });
}

/**
 * The sheet's row, locked for the rest of the transaction: signing, revising, ending and renewing take
 * turns on it, so a signature never lands on a version that was replaced at the same moment.
 */
export async function lockSheet(tx: Transaction, sheetId: string) {
	const [sheet] = await tx
		.select()
		.from(missionSheets)
		.where(and(eq(missionSheets.id, sheetId)))
		.for('update');
	if (!sheet) throw new DomainError('NOT_FOUND');
	return sheet;
}
