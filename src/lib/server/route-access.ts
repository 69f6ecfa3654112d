import type { OrganisationAction } from '$core/organisations';

/**
 * Who may reach each route, in one table. `hooks.server.ts` enforces `access` before any route code runs
 * (routes missing here answer 404), and a test fails when a route exists that this table does not list.
 * `checks` names the policy actions the route's use cases enforce on top (by organisation and role).
 */
export type Access = 'public' | 'signed-in' | 'admin';

export interface RouteRule {
	access: Access;
	checks: OrganisationAction[];
}

const rule = (access: Access, ...checks: OrganisationAction[]): RouteRule => ({ access, checks });

export const ROUTE_ACCESS: Record<string, RouteRule> = {
	'/(public)': rule('public'),
	'/(public)/urgence': rule('public'),
	'/(public)/accessibilite': rule('public'),
	'/(public)/confidentialite': rule('public'),
	'/(public)/preferences': rule('public'),
	'/(public)/inscription': rule('public'),
	'/(public)/connexion': rule('public'),
	// A suspended person contests their suspension with their password again (no session).
	'/(public)/connexion/contester': rule('public'),
	// Account recovery (no session): a link by email, or a recovery code.
	'/(public)/connexion/mot-de-passe-oublie': rule('public'),
	'/(public)/connexion/code-de-recuperation': rule('public'),
	'/(public)/connexion/nouveau-mot-de-passe/[token]': rule('public'),
	'/(public)/organisations': rule('public', 'organisation.view'),
	'/(public)/organisations/[slug]': rule(
		'public',
		'organisation.view',
		'organisation.join',
		'membership.leave'
	),
	'/(public)/invitation/[token]': rule('public'),
	'/(member)/compte': rule('signed-in'),
	'/(member)/notifications': rule('signed-in', 'members.manage'),
	'/(member)/compte/supprimer': rule('signed-in'),
	'/(member)/compte/export': rule('signed-in'),
	'/(member)/compte/copie-lisible': rule('signed-in'),
	'/(member)/compte/codes-de-recuperation': rule('signed-in'),
	'/(member)/deconnexion': rule('signed-in'),
	'/(member)/profil': rule('signed-in'),
	'/(member)/personnes/[accountId]': rule('signed-in'),
	'/(member)/trouver-un-pair': rule('signed-in'),
	'/(member)/trouver-un-pair/[helpRequestId]': rule('signed-in'),
	'/(member)/espace-pair-aidant': rule('signed-in'),
	// Intervision and the debrief journal: who may enter, read or share is decided by the use cases
	// (src/core/gatherings/intervision-policy.ts, debrief-policy.ts).
	'/(member)/espace-pair-aidant/journal': rule('signed-in'),
	'/(member)/seances/[occurrenceId]/intervision': rule('signed-in'),
	'/(member)/organisations/[slug]/debriefings': rule('signed-in'),
	'/(member)/accompagnements/[accompanimentId]': rule('signed-in'),
	'/(member)/organisations/[slug]/membres': rule('signed-in', 'members.list', 'membership.setVisibility'),
	'/(member)/organisations/[slug]/gestion': rule('signed-in', 'members.manage', 'organisation.update'),
	'/(member)/organisations/[slug]/contacts': rule('signed-in', 'members.manage'),
	'/(member)/organisations/[slug]/alertes': rule('signed-in', 'members.manage'),
	'/(member)/vocabulaire': rule('signed-in'),
	// Sessions: who may schedule, see, register is checked by the gatherings use cases (policy.ts); an
	// occurrence of a group whose programme is public is readable by visitors, like the programme.
	'/(member)/groupes/[groupId]/seances/nouvelle': rule('signed-in'),
	'/(public)/seances/[occurrenceId]': rule('public'),
	'/(member)/conversations': rule('signed-in'),
	'/(member)/conversations/[conversationId]': rule('signed-in'),
	'/(member)/conversations/nouveau-groupe': rule('signed-in'),
	'/(member)/signaler': rule('signed-in'),
	'/(member)/compte/moderation': rule('signed-in'),
	// Calendars: the session file and attendance check the group per use case (NOT_FOUND when not visible,
	// facilitators only for attendance); the private feed needs no session (its token is the credential).
	'/(member)/compte/agenda': rule('signed-in'),
	'/(member)/seances/[occurrenceId]/calendrier.ics': rule('signed-in'),
	'/(member)/seances/[occurrenceId]/presences': rule('signed-in'),
	'/agenda/[token].ics': rule('public'),
	'/api/v1/me/calendar-feeds': rule('signed-in'),
	'/api/v1/me/calendar-feeds/[feedId]': rule('signed-in'),
	'/api/v1/me/gathering-preferences': rule('signed-in'),
	'/api/v1/me/attendance': rule('signed-in'),
	'/api/v1/occurrences/[occurrenceId]/attendance': rule('signed-in'),
	// Moderation is checked per organisation by the use cases (moderators and coordinators; admins for
	// instance-wide and escalated reports), see src/core/moderation/policy.ts.
	'/(member)/moderation': rule('signed-in'),
	'/(member)/moderation/[reportId]': rule('signed-in'),
	// Appeals: reviewed by the report's audience minus the decider (src/core/moderation/appeal-policy.ts).
	'/(member)/moderation/contestations/[appealId]': rule('signed-in'),
	// Experiential knowledge: who reads a contribution is decided by src/core/knowledge/policy.ts
	// (canReadContribution: 404 to anyone else); a public one is readable by visitors.
	'/(public)/savoirs/[id]': rule('public'),
	'/(public)/savoirs/[id]/historique': rule('public'),
	'/(member)/savoirs/nouveau': rule('signed-in'),
	'/(member)/savoirs/[id]/modifier': rule('signed-in'),
	'/(member)/compte/savoirs': rule('signed-in'),
	'/api/v1/knowledge/contributions': rule('signed-in'),
	'/api/v1/knowledge/contributions/[id]': rule('public'),
	'/api/v1/knowledge/contributions/[id]/versions': rule('public'),
	'/api/v1/knowledge/contributions/[id]/versions/[number]/diff': rule('public'),
	'/api/v1/knowledge/contributions/[id]/links': rule('signed-in'),
	'/api/v1/knowledge/preferences': rule('signed-in'),
	'/(admin)/admin': rule('admin', 'organisation.create'),
	'/(admin)/admin/vocabulaire': rule('admin'),
	'/langue': rule('public'),
	'/sortie': rule('public'),
	'/healthz': rule('public'),
	'/api/v1/openapi.json': rule('public'),
	'/api/v1/session': rule('public'),
	'/api/v1/recovery/email': rule('public'),
	'/api/v1/recovery/code': rule('public'),
	'/api/v1/me/recovery-codes': rule('signed-in'),
	'/api/v1/me': rule('signed-in'),
	'/api/v1/me/export': rule('signed-in'),
	'/api/v1/me/memberships': rule('signed-in'),
	'/api/v1/notifications': rule('signed-in'),
	'/api/v1/notifications/read': rule('signed-in'),
	'/api/v1/notifications/events': rule('signed-in'),
	'/api/v1/experiences': rule('public'),
	'/api/v1/me/profile': rule('signed-in'),
	'/api/v1/me/profile/experiences/[experienceId]': rule('signed-in'),
	'/api/v1/people/[accountId]/profile': rule('signed-in'),
	'/api/v1/me/offer': rule('signed-in'),
	'/api/v1/me/support': rule('signed-in'),
	'/api/v1/help-requests': rule('signed-in'),
	'/api/v1/help-requests/[helpRequestId]/matches': rule('signed-in'),
	'/api/v1/help-requests/[helpRequestId]/contact-requests': rule('signed-in'),
	'/api/v1/contact-requests/[contactRequestId]': rule('signed-in'),
	'/api/v1/supporters/[supporterId]/resumption': rule('signed-in'),
	'/api/v1/accompaniments/[accompanimentId]': rule('signed-in'),
	'/api/v1/accompaniments/[accompanimentId]/end': rule('signed-in'),
	'/api/v1/blocks': rule('signed-in'),
	'/api/v1/conversations': rule('signed-in'),
	'/api/v1/conversations/[conversationId]': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/messages': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/messages/[messageId]': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/events': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/participants': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/leave': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/presence': rule('signed-in'),
	'/api/v1/conversations/[conversationId]/typing': rule('signed-in'),
	'/api/v1/organisations/[slug]/group-conversations': rule('signed-in'),
	'/api/v1/organisations': rule('public', 'organisation.view', 'organisation.create'),
	'/api/v1/organisations/[slug]': rule('public', 'organisation.view'),
	'/api/v1/organisations/[slug]/memberships': rule('signed-in', 'organisation.join', 'membership.leave'),
	'/api/v1/organisations/[slug]/members': rule('signed-in', 'members.list'),
	'/api/v1/organisations/[slug]/members/[membershipId]': rule('signed-in', 'members.manage'),
	'/api/v1/reports': rule('signed-in'),
	'/api/v1/me/moderation': rule('signed-in'),
	'/api/v1/moderation/reports': rule('signed-in'),
	'/api/v1/moderation/reports/[reportId]': rule('signed-in'),
	'/api/v1/moderation/reports/[reportId]/assign': rule('signed-in'),
	'/api/v1/moderation/reports/[reportId]/notes': rule('signed-in'),
	'/api/v1/moderation/reports/[reportId]/decision': rule('signed-in'),
	'/api/v1/moderation/events': rule('signed-in'),
	'/api/v1/occurrences/[occurrenceId]/intervision': rule('signed-in'),
	'/api/v1/occurrences/[occurrenceId]/intervision/pledge': rule('signed-in'),
	'/api/v1/occurrences/[occurrenceId]/intervision/notes/[noteId]': rule('signed-in'),
	'/api/v1/me/debrief-notes': rule('signed-in'),
	'/api/v1/me/debrief-notes/[noteId]': rule('signed-in'),
	'/api/v1/me/debrief-notes/[noteId]/share': rule('signed-in'),
	'/api/v1/organisations/[slug]/debriefings': rule('signed-in'),
	'/api/v1/organisations/[slug]/debriefings/[noteId]/acknowledge': rule('signed-in'),
	'/api/v1/me/moderation/decisions/[decisionId]/appeal': rule('signed-in'),
	'/api/v1/moderation/appeals': rule('signed-in'),
	'/api/v1/moderation/appeals/[appealId]': rule('signed-in'),
	'/api/v1/moderation/appeals/[appealId]/decision': rule('signed-in'),
	'/api/v1/organisations/[slug]/contacts': rule('signed-in'),
	'/api/v1/organisations/[slug]/contacts/[contactId]': rule('signed-in', 'members.manage'),
	'/api/v1/organisations/[slug]/contacts/[contactId]/move': rule('signed-in', 'members.manage'),
	'/api/v1/organisations/[slug]/alerts': rule('signed-in', 'members.manage'),
	'/api/v1/organisations/[slug]/alerts/[alertId]/acknowledge': rule('signed-in', 'members.manage'),
	'/api/v1/me/cool-down': rule('signed-in'),
	'/api/v1/me/emergency-contacts': rule('signed-in'),
	'/api/v1/accompaniments/[accompanimentId]/alerts': rule('signed-in'),
	'/api/v1/accompaniments/[accompanimentId]/availability': rule('signed-in'),
	// Groups (issue 11): the use cases decide who may see a group (NOT_FOUND otherwise) and who runs it.
	'/(member)/organisations/[slug]/groupes': rule('signed-in'),
	'/(member)/organisations/[slug]/groupes/nouveau': rule('signed-in'),
	'/(member)/organisations/[slug]/charte': rule('signed-in'),
	'/(member)/groupes/[groupId]': rule('signed-in'),
	// Confirmations, nuances and revisions of knowledge (issue 12); the use cases check who reads what.
	'/(member)/savoirs/[id]/confirmations': rule('signed-in'),
	'/(member)/savoirs/[id]/proposer': rule('signed-in'),
	'/(member)/savoirs/[id]/propositions': rule('signed-in'),
	// A public contribution's confirmations are readable by visitors (counts, nuances without names).
	'/api/v1/knowledge/contributions/[id]/confirmations': rule('public'),
	'/api/v1/knowledge/contributions/[id]/revisions': rule('public'),
	'/api/v1/knowledge/revisions/[revisionId]': rule('public'),
	'/api/v1/knowledge/revisions/[revisionId]/decision': rule('signed-in'),
	'/(member)/groupes/[groupId]/modifier': rule('signed-in'),
	'/(member)/groupes/[groupId]/membres': rule('signed-in'),
	'/api/v1/organisations/[slug]/groups': rule('signed-in'),
	'/api/v1/organisations/[slug]/charter-acceptance': rule('signed-in'),
	'/api/v1/groups/[groupId]': rule('signed-in'),
	'/api/v1/groups/[groupId]/membership': rule('signed-in'),
	'/api/v1/groups/[groupId]/members': rule('signed-in'),
	'/api/v1/groups/[groupId]/sessions': rule('signed-in'),
	'/api/v1/occurrences/[occurrenceId]': rule('public'),
	'/api/v1/occurrences/[occurrenceId]/registration': rule('signed-in'),
	'/api/v1/organisations/[slug]/programme': rule('public', 'organisation.view'),
	// Knowledge search, reading lists, research datasets (issue 12): visitors read what was made public;
	// the use cases scope everything else to the reader (NOT_FOUND for what they may not read).
	'/(public)/savoirs': rule('public'),
	'/api/v1/knowledge/search': rule('public'),
	// Research datasets: published ones are public (researchers need no account); withdrawn ones 404.
	'/(public)/recherche/jeux-de-donnees/[datasetId]': rule('public'),
	'/recherche/jeux-de-donnees/[datasetId]/donnees.json': rule('public'),
	'/recherche/jeux-de-donnees/[datasetId]/donnees.csv': rule('public'),
	'/(member)/organisations/[slug]/recherche': rule('signed-in'),
	// Reading lists: public ones readable by visitors; canManageReadingLists decides who gathers them.
	'/(public)/organisations/[slug]/parcours': rule('public'),
	'/(public)/parcours/[listId]': rule('public'),
	'/api/v1/knowledge/reading-lists': rule('public'),
	'/api/v1/knowledge/reading-lists/[listId]': rule('public'),
	'/api/v1/knowledge/reading-lists/[listId]/items': rule('signed-in'),
	'/api/v1/knowledge/reading-lists/[listId]/items/[contributionId]': rule('signed-in'),
	// My plan (core/plans): its owner only; the supporter they chose reads it from the accompaniment, a
	// named person by a secret link (no session: the token is the credential, lookups throttled).
	'/(member)/mon-plan': rule('signed-in'),
	'/(member)/mon-plan/modifier': rule('signed-in'),
	'/(member)/mon-plan/partage': rule('signed-in'),
	'/(member)/mon-plan/versions': rule('signed-in'),
	'/(member)/mon-plan/plan.pdf': rule('signed-in'),
	'/(member)/mon-plan/carte.pdf': rule('signed-in'),
	// The offline service worker's script holds nothing personal; its updates must not need a session.
	'/mon-plan/sw.js': rule('public'),
	'/(member)/accompagnements/[accompanimentId]/plan': rule('signed-in'),
	'/(public)/plan-partage/[token]': rule('public'),
	'/api/v1/me/plan': rule('signed-in'),
	'/api/v1/me/plan/shares': rule('signed-in'),
	'/api/v1/me/plan/shares/[shareId]': rule('signed-in'),
	'/api/v1/me/plan/accesses': rule('signed-in')
};

export function ruleFor(routeId: string | null): RouteRule | undefined {
	return routeId === null ? undefined : ROUTE_ACCESS[routeId];
}
