import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { credentials, organisations } from '../../db/schema';
import { relationBetween } from '../matching/relation';
import { visibilitiesSeenBy } from '../matching/visibility';
import { parseInput, requireActor, type Ctx } from '../shared';
import { attestationNameOf, myActiveOrganisations } from './queries';

const attester = alias(organisations, 'attester');
const requested = alias(organisations, 'requested');
const shownFields = {
	id: credentials.id,
	kind: credentials.kind,
	role: credentials.role,
	title: credentials.title,
	issuer: credentials.issuer,
	startedOn: credentials.startedOn,
	endedOn: credentials.endedOn,
	attestedAt: credentials.attestedAt,
	attestedBy: attester.name
};

/** The actor's wallet: every credential, who sees it, its attestation or pending request; and the forms' choices. */
export async function listMyCredentials(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [rows, organisationChoices, name] = await Promise.all([
		ctx.db
			.select({
				...shownFields,
				audience: credentials.audience,
				requestedOf: requested.name,
				requestedAt: credentials.requestedAt,
				updatedAt: credentials.updatedAt
			})
			.from(credentials)
			.leftJoin(attester, eq(attester.id, credentials.attestedOrganisationId))
			.leftJoin(requested, eq(requested.id, credentials.requestedOrganisationId))
			.where(eq(credentials.accountId, actor.accountId))
			.orderBy(desc(credentials.startedOn), desc(credentials.createdAt)),
		myActiveOrganisations(ctx.db, actor.accountId),
		attestationNameOf(ctx.db, actor.accountId)
	]);
	return { credentials: rows, organisations: organisationChoices, attestationName: name?.chosen ?? '' };
}

export const VisibleCredentialsSchema = z.object({ accountId: z.uuid('validation.invalid') });

/**
 * The credentials of a person another person may see, by the same audiences as lived experiences; an
 * attested one says which organisation attested it and when (not who).
 */
export async function visibleCredentials(ctx: Ctx, input: z.input<typeof VisibleCredentialsSchema>) {
	requireActor(ctx);
	const { accountId } = parseInput(VisibleCredentialsSchema, input);
	const relation = await relationBetween(ctx.db, ctx.actor, accountId);
	const audiences = visibilitiesSeenBy(relation);
	if (audiences.length === 0) return [];
	return ctx.db
		.select(shownFields)
		.from(credentials)
		.leftJoin(attester, eq(attester.id, credentials.attestedOrganisationId))
		.where(and(eq(credentials.accountId, accountId), inArray(credentials.audience, audiences)))
		.orderBy(desc(credentials.startedOn));
}
