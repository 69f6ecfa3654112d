import { alias } from 'drizzle-orm/pg-core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	accounts,
	missionActs,
	missionSheetSignatures,
	missionSheets,
	missionSheetVersions,
	organisations
} from '../../db/schema';
import { DomainError, authorize, parseInput, requireActor, type Ctx } from '../shared';
import { activeMembersOf } from './list-paths';
import {
	canEndMission,
	canRenewMission,
	canReviseSheet,
	canSeePaths,
	canSeeSheet,
	isCoordinator,
	isFullySigned,
	signingSide
} from './policy';
import { loadPathwayViewer } from './queries';
import type { SignatureSide } from './vocabulary';

const SheetIdSchema = z.object({ sheetId: z.uuid('validation.invalid') });
const actor_ = alias(accounts, 'act_author');

/** A mission sheet as its supporter and the coordinators read it: the text in force, signatures, acts. */
export async function getMissionSheet(ctx: Ctx, input: z.input<typeof SheetIdSchema>) {
	const actor = requireActor(ctx);
	const { sheetId } = parseInput(SheetIdSchema, input);
	const [sheet] = await ctx.db
		.select({
			id: missionSheets.id,
			organisationId: missionSheets.organisationId,
			supporterId: missionSheets.supporterId,
			supporter: accounts.pseudonym,
			version: missionSheets.version,
			status: missionSheets.status,
			createdAt: missionSheets.createdAt,
			endedAt: missionSheets.endedAt
		})
		.from(missionSheets)
		.innerJoin(accounts, eq(accounts.id, missionSheets.supporterId))
		.where(eq(missionSheets.id, sheetId));
	if (!sheet) throw new DomainError('NOT_FOUND');
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, {
		organisationId: sheet.organisationId
	});
	authorize(canSeeSheet(viewer, sheet), 'sheet');
	const [versions, signatures, acts] = await Promise.all([
		ctx.db
			.select()
			.from(missionSheetVersions)
			.where(eq(missionSheetVersions.sheetId, sheet.id))
			.orderBy(desc(missionSheetVersions.version)),
		ctx.db
			.select({
				version: missionSheetSignatures.version,
				side: missionSheetSignatures.side,
				signerName: missionSheetSignatures.signerName,
				textHash: missionSheetSignatures.textHash,
				signedAt: missionSheetSignatures.signedAt
			})
			.from(missionSheetSignatures)
			.where(eq(missionSheetSignatures.sheetId, sheet.id))
			.orderBy(asc(missionSheetSignatures.signedAt)),
		ctx.db
			.select({
				kind: missionActs.kind,
				by: actor_.pseudonym,
				reason: missionActs.reason,
				endsOn: missionActs.endsOn,
				at: missionActs.at
			})
			.from(missionActs)
			.leftJoin(actor_, eq(actor_.id, missionActs.accountId))
			.where(eq(missionActs.sheetId, sheet.id))
			.orderBy(asc(missionActs.at))
	]);
	const current = versions.find((v) => v.version === sheet.version)!;
	const typed = signatures.map((s) => ({ ...s, side: s.side as SignatureSide }));
	const side = signingSide(viewer, sheet);
	const currentSignatures = typed.filter((s) => s.version === current.version);
	return {
		organisation,
		sheet,
		current,
		versions: versions.map(({ version, textHash, createdAt }) => ({ version, textHash, createdAt })),
		signatures: typed,
		currentSignatures,
		inForce: isFullySigned(current, typed),
		acts,
		can: {
			sign: side !== null && !currentSignatures.some((s) => s.side === side) ? side : null,
			revise: canReviseSheet(viewer, sheet),
			end: canEndMission(viewer, sheet),
			renew: canRenewMission(viewer, sheet)
		}
	};
}

const signedCount = sql<number>`(select count(*)::int from ${missionSheetSignatures} s
	where s.sheet_id = ${missionSheets.id} and s.version = ${missionSheets.version})`;

/** An organisation's mission sheets: all for coordinators, one's own otherwise (scoped in SQL). */
export async function listMissionSheets(ctx: Ctx, input: { slug: string }) {
	const actor = requireActor(ctx);
	const { slug } = parseInput(
		z.object({ slug: z.string('validation.invalid').max(120, 'validation.invalid') }),
		input
	);
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, { slug });
	authorize(canSeePaths(viewer), 'organisation');
	const coordinator = isCoordinator(viewer);
	const sheets = await ctx.db
		.select({
			id: missionSheets.id,
			supporter: accounts.pseudonym,
			supporterId: missionSheets.supporterId,
			status: missionSheets.status,
			version: missionSheets.version,
			signedCount
		})
		.from(missionSheets)
		.innerJoin(accounts, eq(accounts.id, missionSheets.supporterId))
		.where(
			and(
				eq(missionSheets.organisationId, organisation.id),
				coordinator ? undefined : eq(missionSheets.supporterId, actor.accountId)
			)
		)
		.orderBy(desc(missionSheets.createdAt));
	const members = coordinator
		? (await activeMembersOf(ctx.db, organisation.id)).filter((m) => m.accountId !== actor.accountId)
		: [];
	return { organisation, sheets, members, can: { create: coordinator } };
}

/** The actor's own mission sheets, in every organisation. */
export async function listMyMissionSheets(ctx: Ctx) {
	const actor = requireActor(ctx);
	return ctx.db
		.select({
			id: missionSheets.id,
			organisation: organisations.name,
			slug: organisations.slug,
			status: missionSheets.status,
			version: missionSheets.version,
			signedCount
		})
		.from(missionSheets)
		.innerJoin(organisations, eq(organisations.id, missionSheets.organisationId))
		.where(eq(missionSheets.supporterId, actor.accountId))
		.orderBy(desc(missionSheets.createdAt));
}
