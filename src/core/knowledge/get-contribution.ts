import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	accounts,
	contributionExperiences,
	contributionLinks,
	contributions,
	experiences
} from '../../db/schema';
import { parseInput, type Ctx } from '../shared';
import { confirmationTallies } from './confirmation-counts';
import { contributionIdField } from './contribution-schemas';
import { hiddenTopicsOf } from './knowledge-preferences';
import { renderMarkdown } from './markdown';
import {
	canEditContribution,
	canRespondToContribution,
	moderatesContribution,
	type KnowledgeViewer
} from './policy';
import { loadContributionForActor } from './queries';
import { readableBy } from './readable';
import type { ContentWarning, LinkKind } from './vocabulary';

export const GetContributionSchema = z.object({
	contributionId: contributionIdField,
	locale: z.enum(['fr', 'en']).optional().default('fr')
});

/** The pseudonym of an account (null once erased). */
export async function pseudonymOf(db: DatabaseOrTransaction, accountId: string | null) {
	if (!accountId) return null;
	const [row] = await db
		.select({ pseudonym: accounts.pseudonym })
		.from(accounts)
		.where(eq(accounts.id, accountId));
	return row?.pseudonym ?? null;
}

/** The experiences a contribution concerns, with their labels in the reader's language. */
export async function experiencesOf(db: DatabaseOrTransaction, contributionId: string, locale: 'fr' | 'en') {
	return db
		.select({ id: experiences.id, label: locale === 'en' ? experiences.labelEn : experiences.labelFr })
		.from(contributionExperiences)
		.innerJoin(experiences, eq(experiences.id, contributionExperiences.experienceId))
		.where(eq(contributionExperiences.contributionId, contributionId))
		.orderBy(asc(experiences.labelFr));
}

/** Links from and to the contribution, only to contributions the viewer may read. */
async function linksOf(db: DatabaseOrTransaction, contributionId: string, viewer: KnowledgeViewer) {
	const other = (direction: 'from' | 'to') =>
		db
			.select({ id: contributions.id, title: contributions.title, kind: contributionLinks.kind })
			.from(contributionLinks)
			.innerJoin(
				contributions,
				eq(contributions.id, direction === 'from' ? contributionLinks.toId : contributionLinks.fromId)
			)
			.where(
				and(
					eq(direction === 'from' ? contributionLinks.fromId : contributionLinks.toId, contributionId),
					readableBy(viewer, { scope: 'review' })
				)
			)
			.orderBy(asc(contributions.title));
	const [outgoing, incoming] = await Promise.all([other('from'), other('to')]);
	type Link = { id: string; title: string; kind: LinkKind };
	return { outgoing: outgoing as Link[], incoming: incoming as Link[] };
}

/**
 * A contribution as the viewer may read it (NOT_FOUND otherwise): its text rendered safely, its byline
 * (the pseudonym, or null for "un·e pair"; moderators still see who wrote it), experiences, how many peers
 * answered, links both ways, and which of its content warnings the viewer chose to hide.
 */
export async function getContribution(ctx: Ctx, input: z.input<typeof GetContributionSchema>) {
	const { contributionId, locale } = parseInput(GetContributionSchema, input);
	const {
		contribution: c,
		organisation,
		viewer,
		facts
	} = await loadContributionForActor(ctx.db, contributionId, ctx.actor);
	const mine = viewer !== null && c.authorId === viewer.accountId;
	const [authorPseudonym, experienceList, tallies, links, hiddenTopics] = await Promise.all([
		pseudonymOf(ctx.db, c.authorId),
		experiencesOf(ctx.db, c.id, locale),
		confirmationTallies(ctx.db, [c.id], ctx.clock.now()),
		linksOf(ctx.db, c.id, viewer),
		hiddenTopicsOf(ctx.db, ctx.actor?.accountId)
	]);
	const named = c.byline === 'pseudonym' || mine;
	return {
		id: c.id,
		title: c.title,
		body: c.body,
		bodyHtml: renderMarkdown(c.body),
		form: c.form,
		helpedWith: c.helpedWith,
		easyReadSummary: c.easyReadSummary,
		contentWarnings: c.contentWarnings as ContentWarning[],
		hiddenByPreference: (c.contentWarnings as ContentWarning[]).filter((topic) =>
			hiddenTopics.includes(topic)
		),
		byline: c.byline,
		author: named ? authorPseudonym : null,
		authorForModerators: !named && moderatesContribution(viewer, facts) ? authorPseudonym : null,
		audience: c.audience,
		organisation: organisation && { slug: organisation.slug, name: organisation.name },
		status: c.status,
		hidden: c.hiddenAt !== null,
		language: c.language,
		version: c.version,
		createdAt: c.createdAt,
		updatedAt: c.updatedAt,
		experiences: experienceList,
		tally: tallies.get(c.id)!,
		links,
		mine,
		...(mine
			? {
					authorChoices: {
						organisationId: c.organisationId,
						researchConsent: c.researchConsent,
						licence: c.licence,
						keepOnErasure: c.keepOnErasure
					}
				}
			: {}),
		can: {
			edit: canEditContribution(viewer, facts),
			respond: canRespondToContribution(viewer, facts),
			reviewProposals: canEditContribution(viewer, facts) && c.status === 'published'
		}
	};
}
export type ContributionView = Awaited<ReturnType<typeof getContribution>>;
