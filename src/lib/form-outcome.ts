import { page } from '$app/state';

/**
 * A form's outcome on its page: the action's data when JavaScript posted it, or, without JavaScript, what
 * the 303 after the POST carried (`settled` in lib/server/flash.ts). Use it where a page reads `form`:
 * `const outcome = $derived(formOutcome(form))`.
 */
export function formOutcome<F>(form: F): F {
	return form ?? ((page.data.flash ?? null) as F);
}
