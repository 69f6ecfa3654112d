import type { DisplaySettings } from '$core/accounts';
import type { Actor } from '$core/shared';
import type { Locale } from '$i18n';

declare global {
	namespace App {
		interface Locals {
			actor: Actor | null;
			sessionToken: string | null;
			locale: Locale;
			/** Text size, theme, easy-read, line spacing, contrast, font: cookie, else account, else default. */
			display: DisplaySettings;
			requestId: string;
			clientAddress: string;
			/** Set by hooks when the page must answer the friendly 404 whatever the route. */
			notFound: boolean;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};
