import type { z } from 'zod';

export type ErrorCode =
	| 'INVALID'
	| 'UNAUTHENTICATED'
	| 'FORBIDDEN'
	| 'NOT_FOUND'
	| 'CONFLICT'
	| 'RATE_LIMITED'
	| 'PAYLOAD_TOO_LARGE';

/** A field-level problem: `message` is a catalogue key, so each adapter words it in the user's language. */
export interface FieldProblem {
	field: string;
	message: string;
}

/** The only error the domain throws on purpose. Anything else is a bug and becomes a 500. */
export class DomainError extends Error {
	constructor(
		readonly code: ErrorCode,
		/** Catalogue key describing the problem as a whole. */
		readonly messageKey: string = `error.${code.toLowerCase()}`,
		readonly fields: FieldProblem[] = [],
		readonly retryAfterSeconds?: number,
		/** Values for the message's placeholders (a date, a count): never personal content of others. */
		readonly params: Record<string, string | number> = {}
	) {
		super(`${code}: ${messageKey}`);
		this.name = 'DomainError';
	}
}

export function isDomainError(error: unknown): error is DomainError {
	return error instanceof DomainError;
}

/**
 * Throws NOT_FOUND when the condition fails. What the actor may not see is "not found", never "forbidden":
 * existence itself can out someone.
 */
export function authorize(condition: unknown, _subject = 'resource'): asserts condition {
	if (!condition) throw new DomainError('NOT_FOUND');
}

/** Throws FORBIDDEN: for actions on things the actor can already see. */
export function permit(condition: unknown, messageKey = 'error.forbidden'): asserts condition {
	if (!condition) throw new DomainError('FORBIDDEN', messageKey);
}

/** Parses input with a schema; failures become INVALID with one catalogue key per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fields: FieldProblem[] = [];
	for (const issue of result.error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		if (fields.some((existing) => existing.field === field)) continue;
		// Schemas attach catalogue keys as messages; zod's own defaults become a generic key.
		const message = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
		fields.push({ field, message });
	}
	throw new DomainError('INVALID', 'error.invalid', fields);
}
