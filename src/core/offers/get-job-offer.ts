import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	accounts,
	credentials,
	experiences,
	jobAnswers,
	jobOffers,
	organisations,
	profileExperiences
} from '../../db/schema';
import { authorize, parseInput, type Ctx } from '../shared';
import { jobOfferColumns } from './list-job-offers';
import { canAnswerOffer, canManageOrganisationOffers } from './policy';
import { parisDay } from './queries';
import { idSchema } from './schemas';
import { loadOffersViewer } from './viewer';
import { experienceLabels } from './experience-labels';

/**
 * An offer as its page shows it: to anyone while published and not hidden by moderation; with the actor's own answer (its status), and
 * for the offering organisation's coordinators every answer. Nobody else sees any answer.
 */
export async function getJobOffer(ctx: Ctx, input: { id: string }) {
	const { id } = parseInput(idSchema, input);
	const [offer] = await ctx.db
		.select({
			...jobOfferColumns,
			organisationId: jobOffers.organisationId,
			description: jobOffers.description,
			status: jobOffers.status,
			hidden: sql<boolean>`${jobOffers.hiddenAt} is not null`
		})
		.from(jobOffers)
		.innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
		.where(eq(jobOffers.id, id));
	const viewer = await loadOffersViewer(ctx.db, ctx.actor);
	const manages = offer !== undefined && canManageOrganisationOffers(viewer, offer.organisationId);
	authorize(offer);
	const answerColumns = {
		id: jobAnswers.id,
		applicant: accounts.pseudonym,
		message: jobAnswers.message,
		experiences: jobAnswers.experiences,
		credentials: jobAnswers.credentials,
		applicantId: jobAnswers.applicantId,
		status: jobAnswers.status,
		createdAt: jobAnswers.createdAt
	};
	const [mine] = viewer
		? await ctx.db
				.select(answerColumns)
				.from(jobAnswers)
				.innerJoin(accounts, eq(accounts.id, jobAnswers.applicantId))
				.where(and(eq(jobAnswers.offerId, id), eq(jobAnswers.applicantId, viewer.accountId)))
		: [];
	// Withdrawn or hidden, an offer stays readable by its coordinators, and by those who answered it (told of
	// the withdrawal, they read it there); to anyone else it is gone.
	const open = offer.status === 'published' && !offer.hidden;
	authorize(open || manages || (mine && !offer.hidden));
	const answers = manages
		? await ctx.db
				.select(answerColumns)
				.from(jobAnswers)
				.innerJoin(accounts, eq(accounts.id, jobAnswers.applicantId))
				.where(eq(jobAnswers.offerId, id))
				.orderBy(asc(jobAnswers.createdAt))
		: null;
	const labels = await experienceLabels(ctx.db, [
		...(mine?.experiences ?? []),
		...(answers ?? []).flatMap((answer) => answer.experiences)
	]);
	const canAnswer = open && !mine && canAnswerOffer(viewer, offer, parisDay(ctx.clock.now()));
	// What the applicant may choose to show: the experiences on their own profile.
	const myExperiences =
		canAnswer && viewer
			? await ctx.db
					.select({ id: experiences.id, fr: experiences.labelFr, en: experiences.labelEn })
					.from(profileExperiences)
					.innerJoin(experiences, eq(experiences.id, profileExperiences.experienceId))
					.where(eq(profileExperiences.accountId, viewer.accountId))
					.orderBy(asc(experiences.labelFr))
			: [];
	// What the applicant may choose to show from their wallet, and the credentials chosen in the answers
	// shown (only the applicant's own: an id is never read across accounts).
	const myCredentials =
		canAnswer && viewer ? await credentialsOf(ctx, { accountIds: [viewer.accountId] }) : [];
	const shownAnswers = [...(mine ? [mine] : []), ...(answers ?? [])];
	const chosen = await credentialsOf(ctx, {
		ids: shownAnswers.flatMap((answer) => answer.credentials),
		accountIds: shownAnswers.map((answer) => answer.applicantId)
	});
	const withCredentials = <T extends { credentials: string[]; applicantId: string }>(answer: T) => {
		const { applicantId, credentials: ids, ...rest } = answer;
		return {
			...rest,
			credentials: chosen.filter(
				(credential) => ids.includes(credential.id) && credential.accountId === applicantId
			)
		};
	};
	const { organisationId: _organisation, ...shown } = offer;
	return {
		myExperiences,
		myCredentials,
		offer: shown,
		myAnswer: mine ? withCredentials(mine) : null,
		answers: answers ? answers.map(withCredentials) : null,
		experienceLabels: labels,
		can: {
			answer: canAnswer,
			manage: manages,
			edit: manages && offer.status === 'published',
			// Anyone signed in may report an open offer, except those who manage it.
			report: viewer !== null && open && !manages
		}
	};
}

/** Credentials by owner (and by id when given), with the organisation that attested each, if any. */
async function credentialsOf(ctx: Ctx, filter: { accountIds: string[]; ids?: string[] }) {
	if (filter.accountIds.length === 0 || (filter.ids && filter.ids.length === 0)) return [];
	return ctx.db
		.select({
			id: credentials.id,
			accountId: credentials.accountId,
			kind: credentials.kind,
			role: credentials.role,
			title: credentials.title,
			issuer: credentials.issuer,
			attestedBy: organisations.name
		})
		.from(credentials)
		.leftJoin(organisations, eq(organisations.id, credentials.attestedOrganisationId))
		.where(
			and(
				inArray(credentials.accountId, filter.accountIds),
				filter.ids ? inArray(credentials.id, filter.ids) : undefined
			)
		)
		.orderBy(asc(credentials.title));
}
