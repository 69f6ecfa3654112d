import type { Actor } from '$core/shared';
import type { Locale } from '$i18n';

declare global {
	namespace App {
		interface Locals {
			actor: Actor | null;
			sessionToken: string | null;
			locale: Locale;
			textSize: 'normal' | 'large' | 'larger';
			theme: 'auto' | 'light' | 'dark';
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
