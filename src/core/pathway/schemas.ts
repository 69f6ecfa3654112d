import { z } from 'zod';
import { EMPLOYMENT_STATUSES, MAX_STEPS, PEER_ROLES, STEP_COMPLETIONS, STEP_DOWN_KINDS } from './vocabulary';

const uuid = z.uuid('validation.invalid');
const slug = z.string('validation.invalid').min(1, 'validation.invalid').max(120, 'validation.invalid');
const text = (max: number, key: string) => z.string(key).trim().max(max, key);
const required = (max: number, key: string) => text(max, key).min(1, key);
const isoDay = z
	.string('validation.pathway.date')
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.pathway.date')
	.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'validation.pathway.date');
const optionalDay = z
	.union([isoDay, z.literal('')], 'validation.pathway.date')
	.optional()
	.transform((value) => value || null);

export const StepSchema = z.object({
	title: required(120, 'validation.pathway.stepTitle'),
	completion: z.enum(STEP_COMPLETIONS, 'validation.pathway.completion'),
	groupId: z
		.union([uuid, z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null)
});

export const CreatePathSchema = z
	.object({
		slug,
		title: required(120, 'validation.pathway.title'),
		description: text(2000, 'validation.pathway.description').optional().default(''),
		steps: z
			.array(StepSchema, 'validation.pathway.steps')
			.min(1, 'validation.pathway.steps')
			.max(MAX_STEPS, 'validation.pathway.steps')
	})
	.superRefine((value, context) => {
		value.steps.forEach((step, index) => {
			if (step.completion === 'attendance' && !step.groupId)
				context.addIssue({
					code: 'custom',
					path: ['steps', index, 'groupId'],
					message: 'validation.pathway.group'
				});
		});
	});

export const EnrolSchema = z.object({
	pathId: uuid,
	/** Someone else to enrol (a coordinator's proposal, which they accept); left out: oneself. */
	accountId: z
		.union([uuid, z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null),
	referentId: z
		.union([uuid, z.literal('')], 'validation.invalid')
		.optional()
		.transform((value) => value || null)
});

export const EnrolmentIdSchema = z.object({ enrolmentId: uuid });
export const SignOffSchema = z.object({ enrolmentId: uuid, stepId: uuid });

export const SheetFieldsSchema = z
	.object({
		role: z.enum(PEER_ROLES, 'validation.pathway.role'),
		activities: required(4000, 'validation.pathway.activities'),
		limits: required(4000, 'validation.pathway.limits'),
		referent: required(200, 'validation.pathway.referent'),
		hours: required(200, 'validation.pathway.hours'),
		place: required(200, 'validation.pathway.place'),
		startsOn: isoDay,
		endsOn: optionalDay,
		employment: z.enum(EMPLOYMENT_STATUSES, 'validation.pathway.employment')
	})
	.superRefine((value, context) => {
		if (value.endsOn && value.endsOn < value.startsOn)
			context.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.pathway.endBeforeStart' });
	});
export type SheetFields = z.infer<typeof SheetFieldsSchema>;

export const CreateSheetSchema = z.object({ slug, supporterId: uuid, fields: SheetFieldsSchema });
export const ReviseSheetSchema = z.object({ sheetId: uuid, fields: SheetFieldsSchema });
export const SignSheetSchema = z.object({
	sheetId: uuid,
	/** The version the signer read: a newer one must be read before it is signed. */
	version: z.coerce.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid')
});
export const EndMissionSchema = z.object({
	sheetId: uuid,
	reason: text(1000, 'validation.pathway.reason').optional().default('')
});
export const RenewMissionSchema = z.object({
	sheetId: uuid,
	endsOn: isoDay,
	reason: text(1000, 'validation.pathway.reason').optional().default('')
});

export const PlanSchema = z.discriminatedUnion(
	'action',
	[
		z.object({ accompanimentId: uuid, action: z.literal('keep') }),
		z.object({ accompanimentId: uuid, action: z.literal('farewell') }),
		z.object({ accompanimentId: uuid, action: z.literal('handover'), toSupporterId: uuid })
	],
	'validation.pathway.plan'
);
export type Plan = z.infer<typeof PlanSchema>;

export const StepDownSchema = z.object({
	kind: z.enum(STEP_DOWN_KINDS, 'validation.pathway.stepDownKind'),
	retireIdentity: z.boolean('validation.invalid').optional().default(false),
	message: text(1000, 'validation.pathway.message').optional().default(''),
	plans: z.array(PlanSchema, 'validation.pathway.plan').max(50, 'validation.pathway.plan').default([])
});

export const AnswerHandoverSchema = z.object({
	handoverId: uuid,
	decision: z.enum(['accept', 'decline'], 'validation.pathway.decision')
});
