import { z } from 'zod';
import { MAX_MESSAGE_LENGTH } from './policy';

export const conversationId = z.uuid('validation.invalid');

/** A message body: text only, trimmed, never empty, at most 4,000 characters. */
export const messageBody = z
	.string('validation.message.empty')
	.trim()
	.min(1, 'validation.message.empty')
	.max(MAX_MESSAGE_LENGTH, 'validation.message.tooLong');
