/**
 * The routes of the core journeys (issue 14): every catalogue key their browser code uses must have an
 * easy-read text (falc.test.ts checks it from the route table). The root layout ('') is the header, menu
 * and footer.
 */
export const CORE_JOURNEY_ROUTES = [
	'',
	'/(public)',
	'/(public)/inscription',
	'/(public)/connexion',
	'/(public)/invitation/[token]',
	'/(public)/organisations',
	'/(public)/organisations/[slug]',
	'/(public)/urgence',
	'/(public)/preferences',
	'/(public)/seances/[occurrenceId]',
	'/(member)/profil',
	'/(member)/trouver-un-pair',
	'/(member)/trouver-un-pair/[helpRequestId]',
	'/(member)/conversations',
	'/(member)/conversations/[conversationId]',
	'/(member)/groupes/[groupId]',
	'/(member)/organisations/[slug]/groupes',
	'/(member)/compte',
	'/(member)/compte/supprimer',
	// My plan: written, shared and read in easy-read too (issue 14, item 3).
	'/(member)/mon-plan',
	'/(member)/mon-plan/modifier',
	'/(member)/mon-plan/partage',
	'/(member)/mon-plan/versions',
	'/(member)/accompagnements/[accompanimentId]/plan',
	'/(public)/plan-partage/[token]',
	// What the site keeps about me, reached from every footer.
	'/(public)/confidentialite'
] as const;
