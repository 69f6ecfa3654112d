import { z } from 'zod';
import { MAX_GROUP_TITLE_LENGTH } from './group-policy';

export const groupTitle = z
	.string('validation.group.title')
	.trim()
	.min(1, 'validation.group.title')
	.max(MAX_GROUP_TITLE_LENGTH, 'validation.group.titleTooLong');

/** People to bring in: at least one; a long list is cut short here, the size rule is the policy's. */
export const participantIds = z
	.array(z.uuid('validation.group.participants'), 'validation.group.participants')
	.min(1, 'validation.group.participants')
	.max(200, 'validation.group.tooMany')
	.transform((ids) => [...new Set(ids)]);
