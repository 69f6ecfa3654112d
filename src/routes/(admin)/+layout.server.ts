import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/**
 * Administration does not exist for anyone but instance admins (hooks set `notFound`). Throwing here, below
 * the root layout, renders the friendly 404 inside the site's shell; admin page loads await this first.
 */
export const load: LayoutServerLoad = ({ locals }) => {
	if (locals.notFound) error(404, 'Not found');
	return {};
};
