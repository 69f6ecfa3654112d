import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { reports } from '../../db/schema';
import { sharedOrganisation } from '../conversations/queries';
import { DomainError, lockKey, parseInput, requireActor, requireToken, type Ctx } from '../shared';
import { REPORT_RULE } from './policy';
import { CreateReportSchema } from './schemas';
import { isKnowledgeSubject, resolveKnowledgeSubject } from './knowledge-subject';
import { isOffersSubject, resolveOffersSubject } from './offers-subject';
import { resolveSubjectForReporter } from './subject';

/**
 * A member reports a message, a profile, a help request or something of the knowledge commons (a
 * contribution, a confirmation's nuance, a revision) they can see, or a published service or job offer. The report goes to the
 * moderators of the organisation where it happened (the conversation's, else the oldest one the reporter
 * and the reported person share), or to instance admins. Reporting the same thing twice returns the first report;
 * reports never hide anything by themselves, however many there are: only a moderator's decision does.
 * The reported words are copied onto the report, so that editing or deleting them cannot erase the
 * evidence before a moderator decides (the copy is deleted with the decision).
 */
export async function createReport(ctx: Ctx, input: z.input<typeof CreateReportSchema>) {
	const actor = requireActor(ctx);
	const command = parseInput(CreateReportSchema, input);
	const now = ctx.clock.now();
	const knowledge = isKnowledgeSubject(command.subjectKind);
	const offers = isOffersSubject(command.subjectKind);
	const subject = knowledge
		? await resolveKnowledgeSubject(ctx.db, actor, command.subjectKind as never, command.subjectId)
		: offers
			? await resolveOffersSubject(ctx.db, command.subjectKind as never, command.subjectId)
			: await resolveSubjectForReporter(ctx.db, actor.accountId, command.subjectKind, command.subjectId, now);
	if (subject.subjectAccountId === actor.accountId)
		throw new DomainError('INVALID', 'error.reportOwnContent');

	// Knowledge goes to its contribution's organisation, else to the instance admins; offers to the admins.
	const organisationId =
		subject.organisationId ??
		(!knowledge && !offers && subject.subjectAccountId
			? ((await sharedOrganisation(ctx.db, actor.accountId, subject.subjectAccountId))?.id ?? null)
			: null);
	const filed = await ctx.db.transaction(async (tx) => {
		// One reporter's reports take turns: the same thing reported twice at once is still one report.
		await lockKey(tx, `report:${actor.accountId}`);
		const [existing] = await tx
			.select({ id: reports.id })
			.from(reports)
			.where(
				and(
					eq(reports.reporterId, actor.accountId),
					eq(reports.subjectKind, command.subjectKind),
					eq(reports.subjectId, command.subjectId),
					eq(reports.status, 'open')
				)
			);
		if (existing) return { id: existing.id, created: false };
		// One atomic take per report: parallel reports cannot all see "9 so far" and all get in.
		await requireToken(tx, `report:${actor.accountId}`, REPORT_RULE, now, 'error.reportingTooFast');
		const [created] = await tx
			.insert(reports)
			.values({
				reporterId: actor.accountId,
				source: 'member',
				organisationId,
				subjectKind: command.subjectKind,
				subjectId: command.subjectId,
				subjectAccountId: subject.subjectAccountId,
				reason: command.reason,
				details: command.details,
				contentCopy: subject.text,
				createdAt: now
			})
			.returning({ id: reports.id });
		return { id: created!.id, created: true };
	});
	if (!filed.created) return filed;
	ctx.events.emit({ type: 'report.created', reportId: filed.id, organisationId });
	return filed;
}
