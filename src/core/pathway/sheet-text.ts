import { createHash } from 'node:crypto';
import type { SheetFields } from './schemas';

const ORDER: Array<keyof SheetFields> = [
	'role',
	'activities',
	'limits',
	'referent',
	'hours',
	'place',
	'startsOn',
	'endsOn',
	'employment'
];

/**
 * The fingerprint of a version's text: SHA-256 over its fields in a fixed order. A signature names it, so
 * a signature proves which words were accepted, and any change (even one character) asks for new ones.
 */
export function sheetTextHash(fields: SheetFields): string {
	const canonical = JSON.stringify(ORDER.map((key) => [key, fields[key] ?? null]));
	return createHash('sha256').update(canonical).digest('hex');
}
