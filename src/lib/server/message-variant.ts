import { AsyncLocalStorage } from 'node:async_hooks';
import type { DisplaySettings } from '$core/accounts';
import type { Locale, MessageVariant } from '$i18n';

// The request's wording (standard or easy-read), so that the server's own texts (form errors, problems)
// follow the reader's choice without every route passing it along.
const requestVariant = new AsyncLocalStorage<MessageVariant>();

/** Easy-read exists in French only: anyone else reads the standard wording of their language. */
export function messageVariantFor(
	locale: Locale,
	display: Pick<DisplaySettings, 'easyRead'>
): MessageVariant {
	return display.easyRead === 'on' && locale === 'fr' ? 'easy' : 'standard';
}

/** Runs a request's handling with its wording. */
export function withMessageVariant<T>(variant: MessageVariant, handle: () => T): T {
	return requestVariant.run(variant, handle);
}

/** The wording of the request being handled; standard outside one (jobs, emails). */
export function currentMessageVariant(): MessageVariant {
	return requestVariant.getStore() ?? 'standard';
}
