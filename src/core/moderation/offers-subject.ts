import { eq, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { jobOffers, organisations, peerServices, reports } from '../../db/schema';
import { setJobOfferHidden, setServiceHidden } from '../offers/moderation-visibility';
import { DomainError } from '../shared';

/** What can be reported of the peer-work offers: a published service, a mission or job offer. */
export const OFFERS_SUBJECT_KINDS = ['service', 'job_offer'] as const;
export type OffersSubjectKind = (typeof OFFERS_SUBJECT_KINDS)[number];
export const isOffersSubject = (kind: string): kind is OffersSubjectKind =>
	(OFFERS_SUBJECT_KINDS as readonly string[]).includes(kind);

interface Located {
	title: string;
	body: string;
	/** The peer who offers a service in their own name, or who wrote the offer; null for an organisation's service. */
	writerId: string | null;
	organisation: string | null;
	/** Shown to the public now: published (not withdrawn) and not hidden. */
	open: boolean;
}

async function locate(db: DatabaseOrTransaction, kind: OffersSubjectKind, subjectId: string) {
	if (kind === 'service') {
		const [row] = await db
			.select({
				title: peerServices.title,
				body: peerServices.description,
				writerId: peerServices.providerId,
				organisation: organisations.name,
				open: peerServices.published
			})
			.from(peerServices)
			.leftJoin(organisations, eq(organisations.id, peerServices.organisationId))
			.where(eq(peerServices.id, subjectId));
		return row as Located | undefined;
	}
	const [row] = await db
		.select({
			title: jobOffers.title,
			body: jobOffers.description,
			writerId: jobOffers.createdBy,
			organisation: organisations.name,
			open: sql<boolean>`${jobOffers.status} = 'published' and ${jobOffers.hiddenAt} is null`
		})
		.from(jobOffers)
		.innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
		.where(eq(jobOffers.id, subjectId));
	return row as Located | undefined;
}

const wordsOf = (found: Located) => (found.body ? `${found.title}\n\n${found.body}` : found.title);

/**
 * A service or an offer is public while open: anyone signed in may report it (NOT_FOUND once it is
 * withdrawn or hidden, as for something that does not exist). Reports go to the instance admins, never to
 * the organisation that published it: an organisation does not judge its own offers.
 */
export async function resolveOffersSubject(
	db: DatabaseOrTransaction,
	kind: OffersSubjectKind,
	subjectId: string
) {
	const found = await locate(db, kind, subjectId);
	if (!found?.open) throw new DomainError('NOT_FOUND');
	return { subjectAccountId: found.writerId, organisationId: null, text: wordsOf(found) };
}

export type OffersReportContent = {
	kind: OffersSubjectKind;
	title: string;
	body: string;
	organisation: string | null;
	open: boolean;
};

/** What staff see of a reported service or offer (public words: no access to log), hidden or not. */
export async function offersReportContent(
	db: DatabaseOrTransaction,
	kind: OffersSubjectKind,
	subjectId: string
): Promise<OffersReportContent | null> {
	const found = await locate(db, kind, subjectId);
	if (!found) return null;
	return { kind, title: found.title, body: found.body, organisation: found.organisation, open: found.open };
}

/** Hides a reported service or offer (a decision), or shows it again (the decision reversed on appeal). */
export const setOffersSubjectHidden = (
	tx: DatabaseOrTransaction,
	kind: OffersSubjectKind,
	subjectId: string,
	hiddenAt: Date | null
) =>
	kind === 'service' ? setServiceHidden(tx, subjectId, hiddenAt) : setJobOfferHidden(tx, subjectId, hiddenAt);

/** The words of a service or an offer as they are now, to copy again onto a reopened report (SQL, per kind). */
export const offersWordsNow = (subjectId: typeof reports.subjectId) => sql`
	when 'service' then (select title || E'\\n\\n' || description from peer_services
		where peer_services.id = ${subjectId}::uuid)
	when 'job_offer' then (select title || E'\\n\\n' || description from job_offers
		where job_offers.id = ${subjectId}::uuid)`;
