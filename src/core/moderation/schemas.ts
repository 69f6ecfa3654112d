import { z } from 'zod';
import {
	DECISION_ACTIONS,
	REPORT_REASONS,
	STATEMENT_MAX,
	STATEMENT_MIN,
	SUBJECT_KINDS,
	SUSPENSION_DAYS
} from './policy';
import { APPEAL_OUTCOMES, APPEAL_REASON_MAX, APPEAL_REASON_MIN } from './appeal-policy';

export const reportId = z.uuid('validation.invalid');

export const CreateReportSchema = z.object({
	subjectKind: z.enum(SUBJECT_KINDS, 'validation.invalid'),
	subjectId: z.uuid('validation.invalid'),
	reason: z.enum(REPORT_REASONS, 'validation.report.reason'),
	details: z.string('validation.invalid').trim().max(2000, 'validation.report.details').optional().default('')
});

export const DecideReportSchema = z
	.object({
		reportId,
		action: z.enum(DECISION_ACTIONS, 'validation.decision.action'),
		ground: z.enum([...REPORT_REASONS, 'charter'], 'validation.decision.ground'),
		statement: z
			.string('validation.decision.statement')
			.trim()
			.min(STATEMENT_MIN, 'validation.decision.statement')
			.max(STATEMENT_MAX, 'validation.decision.statement'),
		suspendDays: z.coerce
			.number('validation.decision.suspendDays')
			.int('validation.decision.suspendDays')
			.refine(
				(days) => (SUSPENSION_DAYS as readonly number[]).includes(days),
				'validation.decision.suspendDays'
			)
			.optional()
	})
	.refine((command) => command.action !== 'suspend' || command.suspendDays !== undefined, {
		path: ['suspendDays'],
		message: 'validation.decision.suspendDays'
	});

export const QueueSchema = z.object({
	status: z.enum(['open', 'decided', 'all'], 'validation.invalid').optional().default('open'),
	reason: z.enum(REPORT_REASONS, 'validation.invalid').optional(),
	assigned: z.enum(['me', 'nobody', 'anyone'], 'validation.invalid').optional().default('anyone'),
	organisationId: z.uuid('validation.invalid').optional(),
	limit: z.coerce.number('validation.invalid').int().min(1).max(100).optional().default(50)
});

export const NoteSchema = z.object({
	reportId,
	body: z
		.string('validation.note.body')
		.trim()
		.min(1, 'validation.note.body')
		.max(2000, 'validation.note.body')
});

export const AssignSchema = z.object({
	reportId,
	assignee: z.enum(['me', 'nobody'], 'validation.invalid')
});

const appealReason = z
	.string('validation.appeal.reason')
	.trim()
	.min(APPEAL_REASON_MIN, 'validation.appeal.reason')
	.max(APPEAL_REASON_MAX, 'validation.appeal.reason');

export const FileAppealSchema = z.object({
	decisionId: z.uuid('validation.invalid'),
	reason: appealReason
});

/** A suspended person cannot sign in: they prove who they are with their password again. */
export const AppealSuspensionSchema = z.object({
	pseudonym: z
		.string('validation.required')
		.trim()
		.min(1, 'validation.required')
		.max(200, 'validation.required'),
	password: z.string('validation.required').min(1, 'validation.required').max(1000, 'validation.required'),
	reason: appealReason
});

export const appealId = z.uuid('validation.invalid');

export const DecideAppealSchema = z.object({
	appealId,
	outcome: z.enum(APPEAL_OUTCOMES, 'validation.appeal.outcome'),
	statement: z
		.string('validation.appeal.statement')
		.trim()
		.min(STATEMENT_MIN, 'validation.appeal.statement')
		.max(STATEMENT_MAX, 'validation.appeal.statement')
});
