import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/client';
import { contributionExperiences, contributions } from '../../db/schema';
import { tagContribution } from './contribution-experiences';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { checkAudience, checkExperiences, checkLicence } from './audience-choice';
import { contributionFields, contributionIdField } from './contribution-schemas';
import { canEditContribution } from './policy';
import { loadContributionForActor, type Contribution } from './queries';
import { writeNewVersion, type VersionFields } from './versions';
import { LIMITS } from './vocabulary';

export const UpdateContributionSchema = z
	.object(contributionFields)
	.partial()
	.extend({
		contributionId: contributionIdField,
		/** A short note on what changed, kept with the new version. */
		note: z
			.string('validation.invalid')
			.trim()
			.max(LIMITS.revisionNote, 'validation.contribution.tooLong')
			.optional()
	});
export type UpdateContributionInput = z.input<typeof UpdateContributionSchema>;
type Changes = z.infer<typeof UpdateContributionSchema>;

const VERSIONED = ['title', 'body', 'helpedWith', 'easyReadSummary', 'form'] as const;
const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The author changes their contribution. A change of its text (title, text, what it helped with, easy-read
 * summary, form) makes the next version, with an optional note; the rest (audience, experiences, warnings,
 * consent…) changes in place. Nothing changed: no version. A draft can be published, not the reverse (peers
 * may have answered it). The row is locked, so two edits at once make two consecutive versions.
 */
export async function updateContribution(ctx: Ctx, input: UpdateContributionInput) {
	const actor = requireActor(ctx);
	const { contributionId, note, experienceIds, ...changes } = parseInput(UpdateContributionSchema, input);
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const { contribution, viewer, facts } = await loadContributionForActor(tx, contributionId, actor, {
			forUpdate: true
		});
		permit(canEditContribution(viewer, facts), 'error.contribution.cannotEdit');
		if (changes.status === 'draft' && contribution.status === 'published')
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'status', message: 'validation.contribution.unpublish' }
			]);
		const audience = changes.audience ?? contribution.audience;
		const organisationId =
			changes.organisationId !== undefined ? changes.organisationId : contribution.organisationId;
		if (audience !== contribution.audience || organisationId !== contribution.organisationId)
			await checkAudience(tx, viewer, audience, organisationId);
		const researchConsent = changes.researchConsent ?? contribution.researchConsent;
		const licence = checkLicence(
			researchConsent,
			changes.licence !== undefined ? changes.licence : contribution.licence
		);
		const experiencesChanged = experienceIds
			? await replaceExperiences(tx, contributionId, experienceIds)
			: false;
		const inPlace = {
			contentWarnings: changes.contentWarnings ?? contribution.contentWarnings,
			byline: changes.byline ?? contribution.byline,
			language: changes.language ?? contribution.language,
			keepOnErasure: changes.keepOnErasure ?? contribution.keepOnErasure,
			status: changes.status ?? contribution.status,
			audience,
			organisationId,
			researchConsent,
			licence
		};
		const metadataChanged =
			experiencesChanged ||
			Object.entries(inPlace).some(([key, value]) => {
				const before = contribution[key as keyof Contribution];
				return Array.isArray(value) ? !sameList(value, before as string[]) : value !== before;
			});
		if (metadataChanged)
			await tx
				.update(contributions)
				.set({ ...inPlace, updatedAt: now })
				.where(eq(contributions.id, contributionId));
		const text = Object.fromEntries(
			VERSIONED.map((key) => [key, changes[key] ?? contribution[key]])
		) as unknown as VersionFields;
		const textChanged = VERSIONED.some((key) => text[key] !== contribution[key]);
		const version = textChanged
			? await writeNewVersion(tx, contribution, text, {
					editorId: actor.accountId,
					note: note ?? '',
					at: now
				})
			: contribution.version;
		return { id: contributionId, version, versionMade: textChanged, changed: textChanged || metadataChanged };
	});
}

/** Replaces the contribution's experiences; whether they changed. */
async function replaceExperiences(
	tx: Transaction,
	contributionId: string,
	experienceIds: NonNullable<Changes['experienceIds']>
): Promise<boolean> {
	const current = await tx
		.select({ id: contributionExperiences.experienceId })
		.from(contributionExperiences)
		.where(eq(contributionExperiences.contributionId, contributionId));
	if (
		sameList(
			current.map((row) => row.id),
			experienceIds
		)
	)
		return false;
	await checkExperiences(tx, experienceIds);
	await tagContribution(tx, contributionId, experienceIds);
	return true;
}
