import { z } from 'zod';
import { memberships, organisations } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canCreateOrganisation } from './policy';
import { OrganisationFieldsSchema } from './schemas';
import { slugify } from './slugify';

export const CreateOrganisationSchema = OrganisationFieldsSchema.extend({
	slug: z
		.string()
		.trim()
		.max(60, 'validation.organisation.slug')
		.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'validation.organisation.slug')
		.optional()
});
export type CreateOrganisationInput = z.input<typeof CreateOrganisationSchema>;

/** Instance admins create an organisation and become its first coordinator; they hand over by invitation. */
export async function createOrganisation(ctx: Ctx, input: CreateOrganisationInput) {
	const actor = requireActor(ctx);
	const fields = parseInput(CreateOrganisationSchema, input);
	permit(canCreateOrganisation({ isInstanceAdmin: actor.isInstanceAdmin, membership: null }));
	const slug = fields.slug || slugify(fields.name);
	if (!slug)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'slug', message: 'validation.organisation.slug' }
		]);
	const now = ctx.clock.now();
	const organisation = await ctx.db.transaction(async (tx) => {
		const [created] = await tx
			.insert(organisations)
			.values({
				slug,
				name: fields.name,
				kind: fields.kind,
				description: fields.description,
				city: fields.city,
				joinPolicy: fields.joinPolicy,
				charter: fields.charter,
				createdAt: now
			})
			.onConflictDoNothing({ target: organisations.slug })
			.returning();
		if (!created) return null;
		await tx.insert(memberships).values({
			organisationId: created.id,
			accountId: actor.accountId,
			role: 'coordinator',
			status: 'active',
			charterVersionAccepted: created.charterVersion,
			charterAcceptedAt: now,
			requestedAt: now,
			approvedAt: now
		});
		return created;
	});
	if (!organisation) {
		throw new DomainError('CONFLICT', 'error.invalid', [
			{ field: 'slug', message: 'validation.organisation.slugTaken' }
		]);
	}
	ctx.events.emit({ type: 'organisation.created', organisationId: organisation.id });
	return organisation;
}
