import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone, REPEATS, wallFromForm } from './recurrence';
import { ACCESSIBILITY_FEATURES, SESSION_MODES } from './vocabulary';

// Fields of the sessions use cases, shared by forms and the JSON API (their OpenAPI comes from here).

/** A form's empty field is "not given". */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

export const uuidField = z.uuid('validation.invalid');
export const occurrenceInput = z.object({ occurrenceId: uuidField });

/** The schedule's fields; ScheduleSessionSchema adds the checks across fields. */
export const ScheduleSessionFields = z.object({
	groupId: uuidField,
	/** The first occurrence's date and time, on the wall clock of `timeZone`. */
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.session.date'),
	time: z.string().regex(/^\d{2}:\d{2}$/, 'validation.session.time'),
	durationMinutes: z.coerce
		.number('validation.session.duration')
		.int('validation.session.duration')
		.min(15, 'validation.session.duration')
		.max(480, 'validation.session.duration'),
	timeZone: z.string().max(64).refine(isTimeZone, 'validation.invalid').optional().default(DEFAULT_TIME_ZONE),
	repeat: z.enum(REPEATS, 'validation.invalid').optional().default('never'),
	/** Inclusive, wall date; or `count`; or neither: it goes on until the schedule is ended. */
	untilDate: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.session.date')),
	count: optional(
		z.coerce
			.number('validation.session.count')
			.int('validation.session.count')
			.min(1, 'validation.session.count')
			.max(200, 'validation.session.count')
	),
	mode: z.enum(SESSION_MODES, 'validation.invalid'),
	address: optional(z.string().trim().max(300, 'validation.tooLong')),
	accessibility: z
		.preprocess(
			(value) => (typeof value === 'string' ? [value] : value),
			z.array(z.enum(ACCESSIBILITY_FEATURES, 'validation.invalid')).max(ACCESSIBILITY_FEATURES.length)
		)
		.optional()
		.default([]),
	meetingLink: optional(
		z
			.string()
			.trim()
			.max(500, 'validation.tooLong')
			.regex(/^https:\/\/[^\s<>"]+$/, 'validation.session.meetingLink')
	),
	phoneNumber: optional(
		z
			.string()
			.trim()
			.regex(/^\+?[0-9][0-9 .()-]{5,24}$/, 'validation.session.phone')
	),
	/** No value: no limit. */
	capacity: optional(
		z.coerce
			.number('validation.session.capacity')
			.int('validation.session.capacity')
			.min(1, 'validation.session.capacity')
			.max(500, 'validation.session.capacity')
	),
	registrationClosesMinutes: optional(
		z.coerce
			.number('validation.session.closes')
			.int('validation.session.closes')
			.min(0, 'validation.session.closes')
			.max(10_080, 'validation.session.closes')
	)
});

export const ScheduleSessionSchema = ScheduleSessionFields.superRefine((value, context) => {
	const problem = (path: string, message: string) =>
		context.addIssue({ code: 'custom', path: [path], message });
	if (!wallFromForm(value.date, value.time)) problem('date', 'validation.session.date');
	if (value.mode === 'in_person' && !value.address) problem('address', 'validation.session.address');
	if (value.mode === 'online' && !value.meetingLink) problem('meetingLink', 'validation.session.meetingLink');
	if (value.mode === 'phone' && !value.phoneNumber) problem('phoneNumber', 'validation.session.phone');
	if (value.untilDate && value.count) problem('count', 'validation.session.untilOrCount');
	if (value.untilDate && (!wallFromForm(value.untilDate, '00:00') || value.untilDate < value.date))
		problem('untilDate', 'validation.session.until');
});
export type ScheduleSessionInput = z.input<typeof ScheduleSessionSchema>;

export const CancelOccurrenceSchema = z.object({
	occurrenceId: uuidField,
	reason: optional(z.string().trim().max(500, 'validation.tooLong'))
});

export const EndSessionSchema = z.object({
	sessionId: uuidField,
	reason: optional(z.string().trim().max(500, 'validation.tooLong'))
});

/**
 * Changing one occurrence: its date and time (on its schedule's wall clock), duration, place and
 * accessibility, meeting link or phone. The form sends every field filled with the current values; only the
 * fields of the schedule's mode are kept. Capacity is not changed here (a lower one must never drop anyone).
 */
export const ChangeOccurrenceFields = z.object({
	occurrenceId: uuidField,
	date: ScheduleSessionFields.shape.date,
	time: ScheduleSessionFields.shape.time,
	durationMinutes: ScheduleSessionFields.shape.durationMinutes,
	address: ScheduleSessionFields.shape.address,
	accessibility: ScheduleSessionFields.shape.accessibility,
	meetingLink: ScheduleSessionFields.shape.meetingLink,
	phoneNumber: ScheduleSessionFields.shape.phoneNumber
});
export const ChangeOccurrenceSchema = ChangeOccurrenceFields.superRefine((value, context) => {
	if (!wallFromForm(value.date, value.time))
		context.addIssue({ code: 'custom', path: ['date'], message: 'validation.session.date' });
});
export type ChangeOccurrenceInput = z.input<typeof ChangeOccurrenceSchema>;
