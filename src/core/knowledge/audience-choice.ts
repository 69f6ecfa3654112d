import { and, eq, inArray } from 'drizzle-orm';
import type { DatabaseOrTransaction, Transaction } from '../../db/client';
import { experiences, organisations } from '../../db/schema';
import { DomainError, type FieldProblem } from '../shared';
import { canChooseAudience, type KnowledgeViewer } from './policy';
import type { KnowledgeAudience } from './vocabulary';

const invalid = (fields: FieldProblem[]) => new DomainError('INVALID', 'error.invalid', fields);

/**
 * Checks the audience an author chose and returns the organisation the contribution is written in (null:
 * none). The organisation must be one of the author's active memberships; 'organisation' and 'public' need
 * one, 'public' its permission. The organisation's row is read `for share`: a coordinator forbidding public
 * knowledge at this instant waits for this write, then turns it back to signed-in members
 * (set-knowledge-public), so no public contribution outlives the prohibition.
 */
export async function checkAudience(
	tx: Transaction,
	viewer: KnowledgeViewer,
	audience: KnowledgeAudience,
	organisationId: string | null | undefined
): Promise<string | null> {
	if (!organisationId) {
		if (audience === 'members') return null;
		throw invalid([{ field: 'organisationId', message: 'validation.contribution.organisation' }]);
	}
	const [organisation] = await tx
		.select({ id: organisations.id, knowledgePublic: organisations.knowledgePublic })
		.from(organisations)
		.where(eq(organisations.id, organisationId))
		.for('share');
	if (!organisation || !viewer?.roles.has(organisation.id))
		throw invalid([{ field: 'organisationId', message: 'validation.contribution.organisation' }]);
	if (!canChooseAudience(viewer, audience, organisation))
		throw invalid([{ field: 'audience', message: 'validation.contribution.publicNotAllowed' }]);
	return organisation.id;
}

/** Experiences must be approved entries of the shared vocabulary. */
export async function checkExperiences(db: DatabaseOrTransaction, experienceIds: string[]): Promise<void> {
	if (experienceIds.length === 0) return;
	const known = await db
		.select({ id: experiences.id })
		.from(experiences)
		.where(and(inArray(experiences.id, experienceIds), eq(experiences.status, 'approved')));
	if (known.length !== experienceIds.length)
		throw invalid([{ field: 'experienceIds', message: 'validation.contribution.experiences' }]);
}

/** Research consent needs a licence (the author's choice); without consent none is kept. */
export function checkLicence(researchConsent: boolean, licence: string | null | undefined): string | null {
	if (!researchConsent) return null;
	if (!licence) throw invalid([{ field: 'licence', message: 'validation.contribution.licence' }]);
	return licence;
}
