import { describe, expect, it } from 'vitest';
import { DomainError } from '$core/shared';
import { frFalc } from '$i18n/fr-falc';
import { fr } from '$i18n/fr';
import { formFailure, pageError } from './http-errors';
import { withMessageVariant } from './message-variant';

const late = () => new DomainError('CONFLICT', 'error.editWindow');

/** The message of the error page a page load throws. */
function pageMessage(variant: 'standard' | 'easy'): string {
	try {
		withMessageVariant(variant, () => pageError(late(), 'fr'));
	} catch (thrown) {
		return (thrown as { body: { message: string } }).body.message;
	}
	throw new Error('pageError did not throw');
}

describe('server errors in the reader’s wording', () => {
	it('shows the error page in easy-read to a reader in easy-read, in standard French otherwise', () => {
		expect(frFalc['error.editWindow']).not.toBe(fr['error.editWindow']);
		expect(pageMessage('easy')).toBe(frFalc['error.editWindow']);
		expect(pageMessage('standard')).toBe(fr['error.editWindow']);
	});

	it('words a form’s error summary and its fields in easy-read too', () => {
		const error = new DomainError('INVALID', 'error.invalid', [
			{ field: 'reason', message: 'validation.coolDown' }
		]);
		const failure = withMessageVariant('easy', () => formFailure(error, 'fr'));
		expect(failure.data.message).toBe(frFalc['error.invalid']);
		expect(failure.data.fields).toEqual({ reason: frFalc['validation.coolDown'] });
	});
});
