import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisationContacts } from '../../db/schema';
import { slugField } from '../organisations/schemas';
import { loadOrganisationForActor } from '../organisations/queries';
import { parseWeeklySlot } from '../matching/weekly-slots';
import { authorize, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageContacts } from './policy';
import { findContact, nextContactPosition } from './queries';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		schema.optional()
	);

// A French number ("04 72 00 00 00", "3114") or an international one ("+33 4 72 ..."): 2 to 15 digits,
// with the spaces, dots, dashes and brackets people type.
const phone = z
	.string('validation.care.phone')
	.trim()
	.max(30, 'validation.care.phone')
	.regex(/^\+?[\d\s.()-]+$/, 'validation.care.phone')
	.refine((value) => {
		const digits = value.replace(/\D/g, '').length;
		return digits >= 2 && digits <= 15;
	}, 'validation.care.phone');

/** One weekly slot per line (a form's textarea) or an array (JSON). */
const onDuty = z
	.preprocess(
		(value) =>
			value === undefined || value === null
				? []
				: typeof value === 'string'
					? value.split(/[\s,]+/).filter(Boolean)
					: value,
		z.array(z.string('validation.care.slot'), 'validation.care.slot').max(21, 'validation.care.slotCount')
	)
	// One message for the whole field (not "onDuty.3"), so the form shows it beside the textarea.
	.refine((slots) => slots.every((slot) => parseWeeklySlot(slot) !== null), 'validation.care.slot');

export const SaveOrganisationContactSchema = z
	.object({
		slug: slugField,
		/** Left out, a new contact is added at the end of the list. */
		contactId: optional(z.uuid('validation.invalid')),
		label: z
			.string('validation.care.label')
			.trim()
			.min(2, 'validation.care.label')
			.max(120, 'validation.care.label'),
		phone: optional(phone),
		email: optional(
			z.string().trim().max(200, 'validation.care.email').pipe(z.email('validation.care.email'))
		),
		details: z.string().trim().max(500, 'validation.tooLong').optional().default(''),
		onDuty: onDuty.optional()
	})
	.refine((contact) => contact.phone || contact.email, {
		message: 'validation.care.phoneOrEmail',
		path: ['phone']
	});

export type SaveOrganisationContactInput = z.input<typeof SaveOrganisationContactSchema>;

/** A coordinator adds a contact to their organisation's emergency list, or edits one. */
export async function saveOrganisationContact(ctx: Ctx, input: SaveOrganisationContactInput) {
	const actor = requireActor(ctx);
	const { slug, contactId, ...contact } = parseInput(SaveOrganisationContactSchema, input);
	const { organisation, viewer } = await loadOrganisationForActor(ctx.db, slug, actor);
	permit(canManageContacts(viewer));
	const values = {
		label: contact.label,
		phone: contact.phone ?? null,
		email: contact.email ?? null,
		details: contact.details,
		onDuty: (contact.onDuty ?? []).map((slot) => slot.trim())
	};
	return ctx.db.transaction(async (tx) => {
		if (contactId) {
			authorize(await findContact(tx, organisation.id, contactId), 'contact');
			await tx
				.update(organisationContacts)
				.set(values)
				.where(
					and(
						eq(organisationContacts.id, contactId),
						eq(organisationContacts.organisationId, organisation.id)
					)
				);
			return { id: contactId };
		}
		const [created] = await tx
			.insert(organisationContacts)
			.values({
				...values,
				organisationId: organisation.id,
				position: await nextContactPosition(tx, organisation.id),
				createdAt: ctx.clock.now()
			})
			.returning({ id: organisationContacts.id });
		return { id: created!.id };
	});
}
