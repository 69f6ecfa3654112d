import type { PageServerLoad } from './$types';

// The address printed on a PDF carries the code: the page fills the form in (it posts to
// /attestations/verifier), and the lookup, a throttled write, waits for the button.
export const load: PageServerLoad = (event) => ({ prefilled: event.params.code.slice(0, 64) });
