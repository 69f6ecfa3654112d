import { and, eq, gt, inArray } from 'drizzle-orm';
import { accounts, helpRequests, staffAccessLog } from '../../db/schema';
import { viewProfile } from '../matching/view-profile';
import { DomainError, type Ctx } from '../shared';
import { isKnowledgeSubject, knowledgeReportContent, type KnowledgeReportContent } from './knowledge-subject';
import { isOffersSubject, offersReportContent, type OffersReportContent } from './offers-subject';
import { messageExcerpt, type ExcerptMessage } from './subject';

// Opening the same report again within this window is one access, not a new line in the person's account.
const ACCESS_DEDUP_MS = 30 * 60 * 1000;

export type ReportContent =
	| { kind: 'message'; excerpt: ExcerptMessage[] }
	| { kind: 'profile'; pseudonym: string; experiences: Array<{ label: string; detail: string }> }
	| { kind: 'help_request'; hopes: string; experienceIds: string[]; status: string }
	| KnowledgeReportContent
	| OffersReportContent
	| { kind: 'gone' };

/**
 * What staff see of a reported thing (a message with only the few messages around it, a help request,
 * what the reporter could see of a profile), and whose private words that shows: each of them is told
 * through `logAccess`. Shared by report detail and appeal review.
 */
export async function reportContent(
	ctx: Ctx,
	report: {
		subjectKind: string;
		subjectId: string;
		subjectAccountId: string | null;
		reporterId: string | null;
	}
): Promise<{ content: ReportContent; accessed: Array<{ accountId: string; what: string }> }> {
	let content: ReportContent = { kind: 'gone' };
	let accessed: Array<{ accountId: string; what: string }> = [];
	if (report.subjectKind === 'message') {
		const excerpt = await messageExcerpt(ctx.db, report.subjectId);
		if (excerpt.length) {
			content = { kind: 'message', excerpt };
			const authors = new Set(excerpt.map((message) => message.authorId).filter((id): id is string => !!id));
			accessed = [...authors].map((accountId) => ({ accountId, what: 'message_excerpt' }));
		}
	} else if (report.subjectKind === 'help_request') {
		const [request] = await ctx.db
			.select({
				requesterId: helpRequests.requesterId,
				hopes: helpRequests.hopes,
				experienceIds: helpRequests.experienceIds,
				status: helpRequests.status
			})
			.from(helpRequests)
			.where(eq(helpRequests.id, report.subjectId));
		if (request) {
			content = {
				kind: 'help_request',
				hopes: request.hopes,
				experienceIds: request.experienceIds,
				status: request.status
			};
			accessed = [{ accountId: request.requesterId, what: 'help_request' }];
		}
	} else if (isKnowledgeSubject(report.subjectKind)) {
		const found = await knowledgeReportContent(ctx.db, report.subjectKind, report.subjectId);
		if (found) {
			content = found.content;
			if (found.writerId)
				accessed = [{ accountId: found.writerId, what: knowledgeAccess(report.subjectKind) }];
		}
	} else if (isOffersSubject(report.subjectKind)) {
		// Public words: reading them is no access to anyone's private words (nothing to log).
		content = (await offersReportContent(ctx.db, report.subjectKind, report.subjectId)) ?? content;
	} else if (report.subjectAccountId && report.reporterId) {
		// What the reporter could see of the profile, and nothing more: that is what was reported.
		const [reporter] = await ctx.db
			.select({ id: accounts.id, pseudonym: accounts.pseudonym, isInstanceAdmin: accounts.isInstanceAdmin })
			.from(accounts)
			.where(eq(accounts.id, report.reporterId));
		// Blocked by the person since the report, the reporter finds no profile: then staff see it as gone.
		const profile = reporter
			? await viewProfile(
					{
						...ctx,
						actor: {
							accountId: reporter.id,
							pseudonym: reporter.pseudonym,
							isInstanceAdmin: reporter.isInstanceAdmin
						}
					},
					{ accountId: report.subjectAccountId }
				).catch((error: unknown) => {
					if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
					throw error;
				})
			: null;
		if (profile) {
			content = {
				kind: 'profile',
				pseudonym: profile.pseudonym,
				experiences: profile.experiences.map((experience) => ({
					label: experience.label,
					detail: experience.detail
				}))
			};
			accessed = [{ accountId: report.subjectAccountId, what: 'profile' }];
		}
	}
	return { content, accessed };
}

/** What the staff access log says was read, for a knowledge subject. */
export const knowledgeAccess = (kind: string) => `knowledge_${kind}`;

/** The words a report's content shows now, to compare with the copy taken when it was filed. */
export function currentWordsOf(content: ReportContent): string | null {
	switch (content.kind) {
		case 'message':
			return content.excerpt.find((message) => message.reported)?.body ?? null;
		case 'help_request':
			return content.hopes;
		case 'contribution':
			return `${content.title}\n\n${content.body}`;
		case 'confirmation':
			return content.nuance || null;
		case 'revision':
			return `${content.title}\n\n${content.body}${content.note ? `\n\n${content.note}` : ''}`;
		case 'service':
		case 'job_offer':
			return content.body ? `${content.title}\n\n${content.body}` : content.title;
		default:
			return null;
	}
}

/** Writes who opened whose private words, and why; the same opening (person, what) within 30 minutes is one line. */
export async function logAccess(
	ctx: Ctx,
	entry: {
		staffId: string;
		staffRole: string;
		organisationId: string | null;
		reportId: string;
		why: string;
		accessed: Array<{ accountId: string; what: string }>;
		now: Date;
	}
): Promise<void> {
	if (!entry.accessed.length) return;
	const recent = await ctx.db
		.select({ accountId: staffAccessLog.subjectAccountId, what: staffAccessLog.what })
		.from(staffAccessLog)
		.where(
			and(
				eq(staffAccessLog.staffId, entry.staffId),
				eq(staffAccessLog.reportId, entry.reportId),
				inArray(
					staffAccessLog.subjectAccountId,
					entry.accessed.map((access) => access.accountId)
				),
				gt(staffAccessLog.createdAt, new Date(entry.now.getTime() - ACCESS_DEDUP_MS))
			)
		);
	const already = new Set(recent.map((row) => `${row.accountId} ${row.what}`));
	const fresh = entry.accessed.filter((access) => !already.has(`${access.accountId} ${access.what}`));
	if (!fresh.length) return;
	await ctx.db.insert(staffAccessLog).values(
		fresh.map((access) => ({
			staffId: entry.staffId,
			staffRole: entry.staffRole,
			organisationId: entry.organisationId,
			subjectAccountId: access.accountId,
			what: access.what,
			reportId: entry.reportId,
			why: entry.why,
			createdAt: entry.now
		}))
	);
}
