import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { conversationAlerts } from '../../db/schema';
import { loadOrganisationForActor } from '../organisations/queries';
import { slugField } from '../organisations/schemas';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canSeeAlerts } from './policy';

export const AcknowledgeAlertSchema = z.object({ slug: slugField, alertId: z.uuid('validation.invalid') });

/** A coordinator marks an alert "debrief offered"; the supporter sees when. */
export async function acknowledgeAlert(ctx: Ctx, input: z.input<typeof AcknowledgeAlertSchema>) {
	const actor = requireActor(ctx);
	const { slug, alertId } = parseInput(AcknowledgeAlertSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	authorize(canSeeAlerts(viewer), 'alerts');
	const now = ctx.clock.now();
	const acknowledged = await ctx.db.transaction(async (tx) => {
		const [alert] = await tx
			.select({ acknowledgedAt: conversationAlerts.acknowledgedAt })
			.from(conversationAlerts)
			.where(and(eq(conversationAlerts.id, alertId), eq(conversationAlerts.organisationId, organisation.id)));
		authorize(alert, 'alert');
		const updated = await tx
			.update(conversationAlerts)
			.set({ acknowledgedAt: now, acknowledgedBy: actor.accountId })
			.where(and(eq(conversationAlerts.id, alertId), isNull(conversationAlerts.acknowledgedAt)))
			.returning({ id: conversationAlerts.id });
		return updated.length > 0;
	});
	if (!acknowledged) throw new DomainError('CONFLICT', 'error.care.alreadyAcknowledged');
	ctx.events.emit({ type: 'alert.acknowledged', alertId, organisationId: organisation.id });
	return { id: alertId, acknowledgedAt: now };
}
