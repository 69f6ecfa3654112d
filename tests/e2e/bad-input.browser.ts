import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD } from './support/browser';
import { eachInParallel } from './support/parallel';

// Values that have broken web apps before: wrong types, huge strings, control and direction characters.
const NASTY = [
	'',
	' ',
	'x'.repeat(10_240),
	'\u202eevil\u202c',
	'zero\u200bwidth',
	'👋🏽🧑‍🤝‍🧑',
	'<script>alert(1)</script>',
	"'; drop table accounts; --",
	'\u0000null',
	'%00%ff',
	'../../etc/passwd',
	'-1',
	'1e309',
	'00000000-0000-0000-0000-000000000000'
];

const FORMS: Array<[string, string[]]> = [
	[
		'/organisations/gem-les-traboules/groupes/nouveau',
		['kind', 'title', 'purpose', 'audience', 'joinPolicy', 'charter', 'publicProgramme', 'facilitatorId']
	],
	['/organisations/gem-les-traboules/charte', ['acceptCharter', 'charterVersion']],
	['/groupes/00000000-0000-0000-0000-000000000000?/join', ['acceptCharter', 'charterVersion', 'message']],
	['/groupes/not-a-uuid?/charter', ['acceptCharter', 'charterVersion']],
	['/groupes/00000000-0000-0000-0000-000000000000?/answer', ['answer', 'acceptCharter', 'charterVersion']],
	['/groupes/not-a-uuid?/leave', []],
	[
		'/groupes/00000000-0000-0000-0000-000000000000/modifier',
		['kind', 'title', 'purpose', 'joinPolicy', 'charter', 'publicProgramme']
	],
	['/groupes/00000000-0000-0000-0000-000000000000/membres?/decide', ['accountId', 'decision']],
	['/groupes/not-a-uuid/membres?/invite', ['accountId']],
	['/groupes/00000000-0000-0000-0000-000000000000/membres?/companion', ['accountId', 'companionOf']],
	['/groupes/00000000-0000-0000-0000-000000000000/membres?/role', ['accountId', 'role']],
	['/groupes/00000000-0000-0000-0000-000000000000/membres?/remove', ['accountId']],
	['/inscription', ['pseudonym', 'password', 'email', 'consent']],
	['/connexion', ['pseudonym', 'password']],
	['/preferences', ['locale', 'textSize', 'theme']],
	['/langue', ['locale', 'redirectTo']],
	['/organisations/gem-les-traboules?/join', ['acceptCharter', 'charterVersion', 'message']],
	['/notifications?/read', ['notificationId', 'all']],
	['/notifications?/membership', ['slug', 'membershipId', 'decision']],
	['/organisations/gem-les-traboules/membres?/visibility', ['hidden']],
	['/organisations/gem-les-traboules/gestion?/membership', ['membershipId', 'decision', 'role']],
	['/organisations/gem-les-traboules/gestion?/invite', ['role', 'uses', 'days']],
	['/organisations/gem-les-traboules/gestion?/settings', ['name', 'kind', 'joinPolicy', 'charter', 'city']],
	['/invitation/abcdefghijklmnop', ['acceptCharter']],
	['/compte?/password', ['currentPassword', 'newPassword']],
	['/compte/supprimer', ['password']],
	['/profil?/save', ['experienceId', 'detail', 'period', 'visibility']],
	['/profil?/remove', ['experienceId']],
	['/admin?/create', ['name', 'kind', 'joinPolicy', 'charter', 'slug']],
	[
		'/trouver-un-pair?/request',
		['experienceIds', 'hopes', 'formats', 'language', 'area', 'preferredGender', 'availability']
	],
	['/trouver-un-pair?/withdraw', ['contactRequestId']],
	['/trouver-un-pair?/resume', ['supporterId']],
	['/trouver-un-pair/00000000-0000-0000-0000-000000000000?/contact', ['supporterId']],
	['/trouver-un-pair/not-a-uuid?/contact', ['supporterId']],
	[
		'/espace-pair-aidant?/offer',
		['experienceIds', 'formats', 'languages', 'area', 'gender', 'availability', 'introduction', 'capacity']
	],
	['/espace-pair-aidant?/pause', ['paused']],
	['/espace-pair-aidant?/decide', ['contactRequestId', 'decision', 'declineMessage']],
	['/accompagnements/00000000-0000-0000-0000-000000000000?/end', []],
	['/accompagnements/not-a-uuid?/block', []],
	['/vocabulaire?/propose', ['labelFr', 'labelEn', 'parentId', 'synonyms', 'note']],
	['/admin/vocabulaire?/decide', ['experienceId', 'decision']],
	['/admin/vocabulaire?/rename', ['experienceId', 'labelFr', 'labelEn', 'synonyms']],
	['/admin/vocabulaire?/merge', ['experienceId', 'intoId']],
	['/conversations/00000000-0000-0000-0000-000000000000?/send', ['messageId', 'body']],
	['/conversations/not-a-uuid?/edit', ['messageId', 'body']],
	['/conversations/00000000-0000-0000-0000-000000000000?/delete', ['messageId']],
	['/conversations/00000000-0000-0000-0000-000000000000?/settings', ['retention', 'muted']],
	['/conversations/00000000-0000-0000-0000-000000000000?/presence', ['visible']],
	['/conversations/not-a-uuid?/presence', ['visible']],
	['/conversations/not-a-uuid?/block', []],
	['/conversations/nouveau-groupe', ['slug', 'title', 'participantIds']],
	['/conversations/00000000-0000-0000-0000-000000000000?/add', ['participantIds']],
	['/conversations/not-a-uuid?/leave', []],
	['/conversations/00000000-0000-0000-0000-000000000000?/block', ['accountId']],
	['/organisations/gem-les-traboules/gestion?/retention', ['retention']],
	['/compte?/directMessages', ['audience']],
	['/compte?/notifications', ['emailDigest', 'discreetNotifications', 'moderationAlerts']],
	['/personnes/00000000-0000-0000-0000-000000000000?/message', []],
	['/personnes/not-a-uuid?/message', []],
	['/personnes/00000000-0000-0000-0000-000000000000?/block', []],
	[
		'/signaler?type=message&id=00000000-0000-0000-0000-000000000000',
		['subjectKind', 'subjectId', 'reason', 'details']
	],
	[
		'/moderation/00000000-0000-0000-0000-000000000000?/decide',
		['action', 'ground', 'statement', 'suspendDays']
	],
	['/moderation/not-a-uuid?/note', ['body']],
	['/moderation/00000000-0000-0000-0000-000000000000?/assign', ['assignee']],
	[
		'/organisations/gem-les-traboules/contacts?/save',
		['contactId', 'label', 'phone', 'email', 'details', 'onDuty']
	],
	['/organisations/gem-les-traboules/contacts?/move', ['contactId', 'direction']],
	['/organisations/gem-les-traboules/contacts?/remove', ['contactId']],
	['/organisations/gem-les-traboules/alertes?/acknowledge', ['alertId']],
	['/espace-pair-aidant?/coolDown', ['duration']],
	['/espace-pair-aidant?/liftCoolDown', []],
	['/accompagnements/00000000-0000-0000-0000-000000000000?/alert', ['note']],
	['/accompagnements/not-a-uuid?/alert', ['note']],
	['/compte/moderation?/appeal', ['decisionId', 'reason']],
	['/connexion/contester', ['pseudonym', 'password', 'reason']],
	['/moderation/contestations/00000000-0000-0000-0000-000000000000?/decide', ['outcome', 'statement']],
	['/moderation/contestations/not-a-uuid?/decide', ['outcome', 'statement']],
	// Account recovery (helper `recovery`): the email link, a recovery code, a link's page, renewing codes.
	['/connexion/mot-de-passe-oublie', ['identifier']],
	['/connexion/code-de-recuperation', ['pseudonym', 'code', 'newPassword']],
	['/connexion/nouveau-mot-de-passe/abcdefghijklmnop', ['newPassword']],
	['/compte?/recoveryCodes', ['recoveryPassword']],
	// Retention (helper `recovery`): how long a help request stays open.
	['/trouver-un-pair?/request', ['experienceIds', 'formats', 'openDays']],
	// Sessions (helper `sessions`): schedule form, register, cancel, facilitators' cancel and end.
	[
		'/groupes/00000000-0000-0000-0000-000000000000/seances/nouvelle',
		[
			'date',
			'time',
			'durationMinutes',
			'repeat',
			'untilDate',
			'count',
			'mode',
			'address',
			'accessibility',
			'meetingLink',
			'phoneNumber',
			'capacity',
			'registrationClosesMinutes'
		]
	],
	['/groupes/not-a-uuid/seances/nouvelle', ['date', 'time', 'mode']],
	['/seances/00000000-0000-0000-0000-000000000000?/register', []],
	['/seances/not-a-uuid?/unregister', []],
	['/seances/00000000-0000-0000-0000-000000000000?/cancel', ['reason']],
	['/seances/not-a-uuid?/end', ['sessionId', 'reason']],
	// Calendars and attendance (helper `calendars`). Creating a feed takes no field: nothing to get wrong.
	['/compte/agenda?/revokeFeed', ['feedId']],
	['/compte/agenda?/preferences', ['discreet', 'reminders']],
	['/compte/agenda?/eraseAttendance', ['confirm']],
	['/seances/00000000-0000-0000-0000-000000000000/presences', ['attended', 'walkInCount']],
	['/seances/not-a-uuid/presences', ['attended', 'walkInCount']],
	// Intervision and the debrief journal (helper `intervision`).
	['/seances/00000000-0000-0000-0000-000000000000/intervision?/pledge', ['pledge']],
	['/seances/not-a-uuid/intervision?/note', ['part', 'body']],
	['/seances/00000000-0000-0000-0000-000000000000/intervision?/deleteNote', ['noteId']],
	[
		'/espace-pair-aidant/journal?/write',
		['whatWasHard', 'whatHelped', 'whatINeed', 'occurrenceId', 'accompanimentId']
	],
	['/espace-pair-aidant/journal?/share', ['noteId', 'organisationId']],
	['/espace-pair-aidant/journal?/delete', ['noteId', 'confirm']],
	['/organisations/gem-les-traboules/debriefings?/acknowledge', ['noteId']],
	// Experiential knowledge, contributions (helper `contributions`).
	[
		'/savoirs/nouveau?/create',
		[
			'title',
			'body',
			'form',
			'experienceIds',
			'helpedWith',
			'contentWarnings',
			'easyReadSummary',
			'byline',
			'audience',
			'organisationId',
			'language',
			'researchConsent',
			'licence',
			'keepOnErasure',
			'status'
		]
	],
	['/savoirs/nouveau?/chercher', ['q', 'title', 'body', 'experienceIds']],
	[
		'/savoirs/00000000-0000-0000-0000-000000000000/modifier?/save',
		['title', 'body', 'form', 'audience', 'organisationId', 'contentWarnings', 'status', 'note']
	],
	['/savoirs/not-a-uuid/modifier?/link', ['toId', 'kind']],
	['/savoirs/00000000-0000-0000-0000-000000000000/modifier?/unlink', ['toId']],
	['/compte/savoirs?/topics', ['hiddenTopics']],
	['/compte/savoirs?/answer', ['consentId', 'decision']],
	['/conversations/00000000-0000-0000-0000-000000000000?/toKnowledge', ['messageId']],
	['/conversations/not-a-uuid?/askQuote', ['messageId']],
	// Not the GEM: a refused value reads as "forbid", which would take the demo's public knowledge away.
	['/organisations/mains-tendues/gestion?/knowledgePublic', ['allowed']],
	// Confirmations, nuances and revisions of knowledge (helper `responses`).
	[
		'/savoirs/00000000-0000-0000-0000-000000000000/confirmations?/confirm',
		['kind', 'nuance', 'experienceIds', 'showName']
	],
	['/savoirs/not-a-uuid/confirmations?/withdraw', []],
	[
		'/savoirs/00000000-0000-0000-0000-000000000000/proposer',
		['title', 'body', 'helpedWith', 'easyReadSummary', 'note']
	],
	[
		'/savoirs/00000000-0000-0000-0000-000000000000/propositions?/decide',
		['revisionId', 'decision', 'answer']
	],
	['/savoirs/not-a-uuid/propositions?/withdraw', ['revisionId']],
	// Reading lists and research datasets (helper `search`); /savoirs is a GET form (the API below).
	['/organisations/gem-les-traboules/parcours', ['title', 'introduction', 'audience']],
	['/parcours/00000000-0000-0000-0000-000000000000?/update', ['title', 'introduction', 'audience']],
	['/parcours/not-a-uuid?/add', ['contributionId', 'note']],
	['/parcours/00000000-0000-0000-0000-000000000000?/move', ['contributionId', 'direction']],
	['/parcours/00000000-0000-0000-0000-000000000000?/remove', ['contributionId']],
	['/organisations/gem-les-traboules/recherche', ['title', 'description']],
	['/recherche/jeux-de-donnees/not-a-uuid?/withdraw', []],
	[
		'/preferences',
		['locale', 'textSize', 'theme', 'easyRead', 'lineSpacing', 'contrast', 'readingFont', 'suite']
	],
	// Recognition: credentials, activity log, attestations (helper `recognition`).
	['/compte/qualifications?/create', ['kind', 'role', 'title', 'issuer', 'startedOn', 'endedOn', 'audience']],
	['/compte/qualifications?/audience', ['credentialId', 'audience']],
	['/compte/qualifications?/request', ['credentialId', 'organisationId']],
	['/compte/qualifications?/withdraw', ['credentialId']],
	['/compte/qualifications?/delete', ['credentialId', 'confirm']],
	['/compte/qualifications?/name', ['attestationName']],
	['/compte/qualifications/not-a-uuid', ['kind', 'role', 'title', 'startedOn', 'confirmLoseAttestation']],
	['/compte/activite?/log', ['kind', 'occurredOn', 'durationMinutes', 'organisationId', 'note']],
	['/compte/activite?/import', []],
	['/compte/activite?/delete', ['entryId', 'confirm']],
	[
		'/compte/activite/00000000-0000-0000-0000-000000000000',
		['kind', 'occurredOn', 'durationMinutes', 'organisationId', 'note']
	],
	['/organisations/gem-les-traboules/reconnaissance?/decide', ['credentialId', 'decision', 'seenVersion']],
	['/organisations/gem-les-traboules/reconnaissance?/issue', ['accountId', 'periodStart', 'periodEnd']],
	['/organisations/gem-les-traboules/reconnaissance?/revoke', ['attestationId', 'reason']],
	['/attestations/verifier', ['code']],
	// Training paths, mission sheets, stepping down (helper `pathway`).
	[
		'/organisations/gem-les-traboules/parcours-pair?/create',
		['title', 'description', 'step1Title', 'step1Completion', 'step1Group']
	],
	['/organisations/gem-les-traboules/parcours-pair?/enrol', ['pathId']],
	[
		'/organisations/gem-les-traboules/parcours-pair/00000000-0000-0000-0000-000000000000?/enrol',
		['accountId', 'referentId']
	],
	['/organisations/gem-les-traboules/parcours-pair/not-a-uuid?/accept', ['enrolmentId']],
	[
		'/organisations/gem-les-traboules/parcours-pair/00000000-0000-0000-0000-000000000000?/leave',
		['enrolmentId']
	],
	[
		'/organisations/gem-les-traboules/parcours-pair/00000000-0000-0000-0000-000000000000?/signOff',
		['enrolmentId', 'stepId']
	],
	[
		'/organisations/gem-les-traboules/fiches-mission?/create',
		[
			'supporterId',
			'role',
			'activities',
			'limits',
			'referent',
			'hours',
			'place',
			'startsOn',
			'endsOn',
			'employment'
		]
	],
	['/organisations/gem-les-traboules/fiches-mission/00000000-0000-0000-0000-000000000000?/sign', ['version']],
	[
		'/organisations/gem-les-traboules/fiches-mission/not-a-uuid?/revise',
		['role', 'activities', 'limits', 'referent', 'hours', 'place', 'startsOn', 'endsOn', 'employment']
	],
	[
		'/organisations/gem-les-traboules/fiches-mission/00000000-0000-0000-0000-000000000000?/end',
		['endReason']
	],
	[
		'/organisations/gem-les-traboules/fiches-mission/00000000-0000-0000-0000-000000000000?/renew',
		['newEndsOn', 'renewReason']
	],
	['/mon-parcours?/accept', ['enrolmentId']],
	[
		'/mon-parcours/arreter',
		['kind', 'retireIdentity', 'message', 'plan-00000000-0000-0000-0000-000000000000']
	],
	['/mon-parcours/relais/00000000-0000-0000-0000-000000000000', ['decision']],
	['/mon-parcours/relais/not-a-uuid', ['decision']],
	// My plan (helper `plan`).
	[
		'/mon-plan/modifier',
		[
			'warningSigns',
			'whatHelps',
			'whatDoesNotHelp',
			'carePreferences',
			'treatments',
			'children',
			'pets',
			'home',
			'money',
			'advanceWishes',
			'contacts.0.name',
			'contacts.0.phone'
		]
	],
	['/mon-plan/partage?/shareWithSupporter', ['accompanimentId']],
	['/mon-plan/partage?/createLink', ['recipientName', 'days']],
	['/mon-plan/partage?/revoke', ['shareId']],
	[
		'/seances/00000000-0000-0000-0000-000000000000?/change',
		['date', 'time', 'durationMinutes', 'address', 'accessibility', 'meetingLink', 'phoneNumber']
	],
	[
		'/seances/not-a-uuid?/change',
		['date', 'time', 'durationMinutes', 'address', 'accessibility', 'meetingLink', 'phoneNumber']
	]
];

// Peer-work platform and directory (helper `offers`), swept in their own test so that the long one above
// keeps its time; /annuaire is a GET form (in API below).
const OFFERS_FORMS: Array<[string, string[]]> = [
	[
		'/services/nouveau',
		[
			'organisation',
			'kind',
			'title',
			'description',
			'formats',
			'postcode',
			'communeName',
			'areaDepartements',
			'languages',
			'accessibility',
			'themes',
			'priceKind',
			'price'
		]
	],
	['/services/00000000-0000-0000-0000-000000000000?/book', ['proposedAt', 'message', 'voucherId']],
	['/services/not-a-uuid?/grant', ['funder', 'holderPseudonym', 'count']],
	['/travail-pair?/decide', ['bookingId', 'decision']],
	[
		'/offres-de-mission/nouvelle',
		[
			'organisation',
			'title',
			'description',
			'contract',
			'hours',
			'place',
			'departement',
			'startsOn',
			'closesOn',
			'payMin',
			'payMax',
			'payPeriod'
		]
	],
	[
		'/offres-de-mission/00000000-0000-0000-0000-000000000000?/answer',
		['message', 'experiences', 'credentials']
	],
	['/offres-de-mission/not-a-uuid?/status', ['answerId', 'status']],
	['/services/not-a-uuid/modifier?/edit', ['kind', 'title', 'formats', 'postcode', 'priceKind', 'price']],
	['/services/00000000-0000-0000-0000-000000000000/modifier?/withdraw', []],
	['/offres-de-mission/not-a-uuid/modifier?/edit', ['title', 'description', 'contract', 'payMin', 'payMax']],
	['/offres-de-mission/00000000-0000-0000-0000-000000000000/modifier?/withdraw', []],
	[
		'/organisations/gem-les-traboules/annuaire',
		[
			'published',
			'address',
			'postcode',
			'communeName',
			'openingHours',
			'phone',
			'email',
			'website',
			'inPerson',
			'online',
			'accessibility',
			'themes'
		]
	]
];

const API: Array<[string, string]> = [
	['GET', '/api/v1/knowledge/contributions'],
	['POST', '/api/v1/knowledge/contributions'],
	['GET', '/api/v1/knowledge/contributions/not-a-uuid'],
	['PATCH', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000'],
	['GET', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000/versions'],
	['GET', '/api/v1/knowledge/contributions/not-a-uuid/versions/-1/diff'],
	['GET', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000/versions/1e309/diff'],
	['POST', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000/links'],
	['DELETE', '/api/v1/knowledge/contributions/not-a-uuid/links'],
	['GET', '/api/v1/knowledge/preferences'],
	['PUT', '/api/v1/knowledge/preferences'],
	['GET', '/api/v1/organisations/%00/groups'],
	['POST', '/api/v1/organisations/gem-les-traboules/groups'],
	['POST', '/api/v1/organisations/gem-les-traboules/charter-acceptance'],
	['GET', '/api/v1/groups/not-a-uuid'],
	['PATCH', '/api/v1/groups/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/groups/00000000-0000-0000-0000-000000000000/membership'],
	['DELETE', '/api/v1/groups/not-a-uuid/membership'],
	['GET', '/api/v1/groups/00000000-0000-0000-0000-000000000000/members'],
	['POST', '/api/v1/groups/not-a-uuid/members'],
	['POST', '/api/v1/session'],
	['PATCH', '/api/v1/me'],
	['GET', '/api/v1/notifications?page=-1'],
	['GET', '/api/v1/notifications?page=%00'],
	['POST', '/api/v1/notifications/read'],
	['POST', '/api/v1/organisations'],
	['POST', '/api/v1/organisations/gem-les-traboules/memberships'],
	['PATCH', '/api/v1/organisations/gem-les-traboules/members/00000000-0000-0000-0000-000000000000'],
	['PATCH', '/api/v1/organisations/gem-les-traboules/members/not-a-uuid'],
	['PUT', '/api/v1/me/profile/experiences/troubles-psychiques%2Fdepression'],
	['PUT', '/api/v1/me/profile/experiences/%F0%9F%91%8B'],
	['GET', '/api/v1/experiences?q=%25%5C'],
	['GET', '/api/v1/people/not-a-uuid/profile'],
	['GET', '/api/v1/me/profile?previewAs=everyone'],
	['GET', '/api/v1/organisations/%00/members'],
	['PUT', '/api/v1/me/offer'],
	['PATCH', '/api/v1/me/offer'],
	['POST', '/api/v1/help-requests'],
	['GET', '/api/v1/help-requests/not-a-uuid/matches'],
	['POST', '/api/v1/help-requests/00000000-0000-0000-0000-000000000000/contact-requests'],
	['PATCH', '/api/v1/contact-requests/00000000-0000-0000-0000-000000000000'],
	['PATCH', '/api/v1/contact-requests/not-a-uuid'],
	['POST', '/api/v1/supporters/not-a-uuid/resumption'],
	['GET', '/api/v1/accompaniments/not-a-uuid'],
	['POST', '/api/v1/accompaniments/00000000-0000-0000-0000-000000000000/end'],
	['POST', '/api/v1/blocks'],
	['GET', '/api/v1/conversations'],
	['POST', '/api/v1/conversations'],
	['PATCH', '/api/v1/conversations/not-a-uuid'],
	['PATCH', '/api/v1/conversations/00000000-0000-0000-0000-000000000000'],
	['GET', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/messages?before=-1&limit=x'],
	['POST', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/messages'],
	['PATCH', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/messages/not-a-uuid'],
	['DELETE', '/api/v1/conversations/not-a-uuid/messages/00000000-0000-0000-0000-000000000000'],
	['GET', '/api/v1/conversations/not-a-uuid/events'],
	['GET', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/events?after=abc'],
	['POST', '/api/v1/reports'],
	['GET', '/api/v1/moderation/reports?status=x&limit=-1'],
	['GET', '/api/v1/moderation/reports/not-a-uuid'],
	['POST', '/api/v1/moderation/reports/00000000-0000-0000-0000-000000000000/decision'],
	['POST', '/api/v1/moderation/reports/00000000-0000-0000-0000-000000000000/notes'],
	['POST', '/api/v1/moderation/reports/not-a-uuid/assign'],
	['POST', '/api/v1/organisations/gem-les-traboules/group-conversations'],
	['POST', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/participants'],
	['POST', '/api/v1/conversations/not-a-uuid/leave'],
	['PUT', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/presence'],
	['PUT', '/api/v1/conversations/not-a-uuid/presence'],
	['POST', '/api/v1/conversations/00000000-0000-0000-0000-000000000000/typing'],
	['POST', '/api/v1/conversations/not-a-uuid/typing'],
	['GET', '/api/v1/organisations/%00/contacts'],
	['POST', '/api/v1/organisations/gem-les-traboules/contacts'],
	['PUT', '/api/v1/organisations/gem-les-traboules/contacts/not-a-uuid'],
	['DELETE', '/api/v1/organisations/gem-les-traboules/contacts/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/organisations/gem-les-traboules/contacts/not-a-uuid/move'],
	['GET', '/api/v1/organisations/gem-les-traboules/alerts?status=everything'],
	['POST', '/api/v1/organisations/gem-les-traboules/alerts/not-a-uuid/acknowledge'],
	['PUT', '/api/v1/me/cool-down'],
	['GET', '/api/v1/accompaniments/not-a-uuid/availability'],
	['POST', '/api/v1/accompaniments/00000000-0000-0000-0000-000000000000/alerts'],
	['POST', '/api/v1/me/moderation/decisions/00000000-0000-0000-0000-000000000000/appeal'],
	['POST', '/api/v1/me/moderation/decisions/not-a-uuid/appeal'],
	['GET', '/api/v1/moderation/appeals?status=x&limit=-1'],
	['GET', '/api/v1/moderation/appeals/not-a-uuid'],
	['POST', '/api/v1/moderation/appeals/00000000-0000-0000-0000-000000000000/decision'],
	// Account recovery (helper `recovery`).
	['POST', '/api/v1/recovery/email'],
	['POST', '/api/v1/recovery/code'],
	['POST', '/api/v1/me/recovery-codes'],
	// Sessions (helper `sessions`).
	['GET', '/api/v1/groups/not-a-uuid/sessions?limit=-1'],
	['POST', '/api/v1/groups/00000000-0000-0000-0000-000000000000/sessions'],
	['GET', '/api/v1/occurrences/not-a-uuid'],
	['DELETE', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/occurrences/not-a-uuid/registration'],
	['DELETE', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000/registration'],
	['GET', '/api/v1/organisations/%00/programme'],
	// Calendars and attendance (helper `calendars`). Creating a feed or erasing one's history take no body.
	['PUT', '/api/v1/me/gathering-preferences'],
	['DELETE', '/api/v1/me/calendar-feeds/not-a-uuid'],
	['DELETE', '/api/v1/me/calendar-feeds/00000000-0000-0000-0000-000000000000'],
	['GET', '/api/v1/occurrences/not-a-uuid/attendance'],
	['PUT', '/api/v1/occurrences/not-a-uuid/attendance'],
	['PUT', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000/attendance'],
	// Intervision and the debrief journal (helper `intervision`).
	['GET', '/api/v1/occurrences/not-a-uuid/intervision'],
	['POST', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000/intervision'],
	['POST', '/api/v1/occurrences/not-a-uuid/intervision/pledge'],
	['DELETE', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000/intervision/notes/not-a-uuid'],
	['POST', '/api/v1/me/debrief-notes'],
	['DELETE', '/api/v1/me/debrief-notes/not-a-uuid'],
	['POST', '/api/v1/me/debrief-notes/00000000-0000-0000-0000-000000000000/share'],
	['GET', '/api/v1/organisations/gem-les-traboules/debriefings?status=everything'],
	['POST', '/api/v1/organisations/gem-les-traboules/debriefings/not-a-uuid/acknowledge'],
	['GET', '/api/v1/knowledge/contributions/not-a-uuid/confirmations'],
	['PUT', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000/confirmations'],
	['DELETE', '/api/v1/knowledge/contributions/not-a-uuid/confirmations'],
	['GET', '/api/v1/knowledge/contributions/not-a-uuid/revisions'],
	['POST', '/api/v1/knowledge/contributions/00000000-0000-0000-0000-000000000000/revisions'],
	['GET', '/api/v1/knowledge/revisions/not-a-uuid'],
	['DELETE', '/api/v1/knowledge/revisions/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/knowledge/revisions/not-a-uuid/decision'],
	// Knowledge search, reading lists, research downloads (helper `search`).
	[
		'GET',
		'/api/v1/knowledge/search?q=%27%3B%20drop%20table%20x%3B%20--%20%26%7C!%3A*&minConfirmations=-1&page=0'
	],
	['GET', '/api/v1/knowledge/search?form=poeme&experience=%00&easyRead=maybe&language=xx'],
	['GET', '/api/v1/knowledge/reading-lists?slug=%00'],
	['POST', '/api/v1/knowledge/reading-lists'],
	['GET', '/api/v1/knowledge/reading-lists/not-a-uuid'],
	['PATCH', '/api/v1/knowledge/reading-lists/00000000-0000-0000-0000-000000000000'],
	['DELETE', '/api/v1/knowledge/reading-lists/not-a-uuid'],
	['POST', '/api/v1/knowledge/reading-lists/00000000-0000-0000-0000-000000000000/items'],
	['PATCH', '/api/v1/knowledge/reading-lists/not-a-uuid/items/not-a-uuid'],
	['DELETE', '/api/v1/knowledge/reading-lists/00000000-0000-0000-0000-000000000000/items/not-a-uuid'],
	['GET', '/recherche/jeux-de-donnees/not-a-uuid/donnees.csv'],
	['GET', '/recherche/jeux-de-donnees/00000000-0000-0000-0000-000000000000/donnees.json'],
	// Peer-work platform and directory (helper `offers`).
	['GET', '/annuaire?place=%E2%80%AEevil&radius=1e309&theme=..%2F&serviceKind=x&accessibility=x&page=-1'],
	[
		'GET',
		'/api/v1/directory?place=%27%3B%20drop%20table%20x%3B%20--&radius=7&accessibility=wheelchair&page=0'
	],
	['GET', '/api/v1/organisations/%00/directory-listing'],
	['PUT', '/api/v1/organisations/gem-les-traboules/directory-listing'],
	['POST', '/api/v1/services'],
	['GET', '/api/v1/services/not-a-uuid'],
	['POST', '/api/v1/services/00000000-0000-0000-0000-000000000000/bookings'],
	['POST', '/api/v1/services/not-a-uuid/vouchers'],
	['POST', '/api/v1/bookings/00000000-0000-0000-0000-000000000000/decision'],
	['GET', '/api/v1/me/peer-work'],
	['GET', '/api/v1/job-offers?departement=%00&contract=x'],
	['POST', '/api/v1/job-offers'],
	['GET', '/api/v1/job-offers/not-a-uuid'],
	['POST', '/api/v1/job-offers/00000000-0000-0000-0000-000000000000/answers'],
	['PUT', '/api/v1/job-answers/not-a-uuid/status'],
	['PATCH', '/api/v1/services/not-a-uuid'],
	['PATCH', '/api/v1/services/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/services/not-a-uuid/withdraw'],
	['PATCH', '/api/v1/job-offers/00000000-0000-0000-0000-000000000000'],
	['POST', '/api/v1/job-offers/not-a-uuid/withdraw'],
	['GET', '/api/v1/organisations/gem-les-traboules/peer-paths'],
	['POST', '/api/v1/organisations/gem-les-traboules/peer-paths'],
	['GET', '/api/v1/peer-paths/not-a-uuid'],
	['POST', '/api/v1/peer-paths/00000000-0000-0000-0000-000000000000/enrolments'],
	['POST', '/api/v1/peer-path-enrolments/not-a-uuid/accept'],
	['POST', '/api/v1/peer-path-enrolments/00000000-0000-0000-0000-000000000000/sign-offs'],
	['GET', '/api/v1/organisations/gem-les-traboules/mission-sheets'],
	['POST', '/api/v1/organisations/gem-les-traboules/mission-sheets'],
	['GET', '/api/v1/mission-sheets/00000000-0000-0000-0000-000000000000'],
	['PUT', '/api/v1/mission-sheets/not-a-uuid'],
	['POST', '/api/v1/mission-sheets/00000000-0000-0000-0000-000000000000/signatures'],
	['POST', '/api/v1/mission-sheets/00000000-0000-0000-0000-000000000000/end'],
	['POST', '/api/v1/mission-sheets/not-a-uuid/renew'],
	['GET', '/api/v1/me/pathway'],
	['POST', '/api/v1/me/step-down'],
	['POST', '/api/v1/me/resume-role'],
	['POST', '/api/v1/handovers/00000000-0000-0000-0000-000000000000/answer'],
	// Recognition (helper `recognition`).
	['GET', '/api/v1/recognition/credentials'],
	['POST', '/api/v1/recognition/credentials'],
	['PATCH', '/api/v1/recognition/credentials/not-a-uuid'],
	['DELETE', '/api/v1/recognition/credentials/00000000-0000-0000-0000-000000000000'],
	['PUT', '/api/v1/recognition/credentials/00000000-0000-0000-0000-000000000000/audience'],
	['POST', '/api/v1/recognition/credentials/not-a-uuid/attestation-request'],
	['DELETE', '/api/v1/recognition/credentials/not-a-uuid/attestation-request'],
	['GET', '/api/v1/recognition/people/not-a-uuid/credentials'],
	['GET', '/api/v1/recognition/activity?from=%00&to=2026-13-45'],
	['POST', '/api/v1/recognition/activity'],
	['POST', '/api/v1/recognition/activity/import'],
	['PATCH', '/api/v1/recognition/activity/00000000-0000-0000-0000-000000000000'],
	['DELETE', '/api/v1/recognition/activity/not-a-uuid'],
	['PUT', '/api/v1/recognition/attestation-name'],
	['GET', '/api/v1/recognition/attestations'],
	['GET', '/api/v1/recognition/attestations/not-a-uuid/pdf'],
	['POST', '/api/v1/recognition/attestations/verify'],
	['GET', '/api/v1/recognition/organisations/gem-les-traboules/attestation-requests'],
	['POST', '/api/v1/recognition/organisations/gem-les-traboules/attestation-requests/not-a-uuid'],
	['GET', '/api/v1/recognition/organisations/gem-les-traboules/activity?accountId=%00'],
	['GET', '/api/v1/recognition/organisations/%00/attestations'],
	['POST', '/api/v1/recognition/organisations/gem-les-traboules/attestations'],
	['POST', '/api/v1/recognition/organisations/gem-les-traboules/attestations/not-a-uuid/revoke'],
	['GET', '/api/v1/me/plan'],
	['GET', '/api/v1/me/plan?version=1e309'],
	['PUT', '/api/v1/me/plan'],
	['GET', '/api/v1/me/plan/shares'],
	['POST', '/api/v1/me/plan/shares'],
	['DELETE', '/api/v1/me/plan/shares/not-a-uuid'],
	['DELETE', '/api/v1/me/plan/shares/00000000-0000-0000-0000-000000000000'],
	['GET', '/api/v1/me/plan/accesses'],
	// The groups' activity report (helper `groups`): JSON or CSV, and the page's CSV download.
	['GET', '/api/v1/organisations/gem-les-traboules/activity?from=2026-13&to=%00'],
	['GET', '/api/v1/organisations/gem-les-traboules/activity?format=csv&from=1e309'],
	['GET', '/api/v1/organisations/%00/activity'],
	['GET', '/organisations/gem-les-traboules/groupes/activite/activite.csv?from=-1&to=00000000'],
	['PATCH', '/api/v1/occurrences/00000000-0000-0000-0000-000000000000'],
	['PATCH', '/api/v1/occurrences/not-a-uuid']
];

// Each request comes from its own (pretend) address, so these hundreds of failed sign-ins do not get the
// other journeys throttled (see ADDRESS_HEADER in support/global-setup.ts).
let requestCount = 0;
const testClientAddress = () => ({ 'x-entrepairs-test-client': `198.51.100.${requestCount++ % 250}` });

/** Each person signs in once for the whole file (an argon2 hash per sign-in): the sweeps only use the cookie. */
const sessions = new Map<string, Promise<string>>();

function signedInCookie(pseudonym: string): Promise<string> {
	let session = sessions.get(pseudonym);
	if (!session) {
		session = signIn(pseudonym);
		sessions.set(pseudonym, session);
	}
	return session;
}

async function signIn(pseudonym: string): Promise<string> {
	const response = await fetch(`${baseUrl()}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pseudonym, password: DEMO_PASSWORD })
	});
	expect(response.status, `signing ${pseudonym} in`).toBe(201);
	const { token } = (await response.json()) as { token: string };
	return token;
}

// Louise coordinates the GEM, Alix is admin and Sacha a peer supporter: their forms are reachable, so
// validation is really exercised; nobody (no session) meets the sign-in redirects.
const SWEEPERS = ['Louise', 'Alix', 'Sacha', ''] as const;

/** Requests in flight at once against the lane's server during a sweep. */
const SWEEP_CONCURRENCY = 4;

/**
 * Posts every nasty value in every field of each form, as one person (or nobody): never a 5xx. Forms are
 * swept a few at a time, each form's values one after another.
 */
async function sweepForms(forms: Array<[string, string[]]>, pseudonym: string) {
	const token = pseudonym ? await signedInCookie(pseudonym) : '';
	await eachInParallel(forms, SWEEP_CONCURRENCY, async ([path, fields]) => {
		for (const value of NASTY) {
			const body = new URLSearchParams(fields.map((field) => [field, value]));
			const response = await fetch(`${baseUrl()}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: baseUrl(),
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					...(token ? { cookie: `ep_session=${token}` } : {}),
					...testClientAddress()
				},
				body
			});
			// Read to the end: an unread body holds its connection until garbage collection.
			await response.arrayBuffer();
			expect(response.status, `${path} with ${JSON.stringify(value.slice(0, 20))}`).toBeLessThan(500);
		}
	});
}

describe('bad input never causes a server error', () => {
	// Hundreds of requests per person: one test per person keeps each within its time on a busy machine.
	it.each(SWEEPERS)(
		'answers every form with malformed, oversized and tricky values without a 5xx (as %j)',
		(pseudonym) => sweepForms([...FORMS, ...OFFERS_FORMS], pseudonym),
		300_000
	);

	it('refuses a malformed multipart body and an oversized body cleanly', async () => {
		const malformed = await fetch(`${baseUrl()}/connexion`, {
			method: 'POST',
			headers: {
				origin: baseUrl(),
				accept: 'text/html',
				'content-type': 'multipart/form-data; boundary=nope'
			},
			body: 'this is not multipart'
		});
		expect(malformed.status).toBeLessThan(500);
		// On its own connection: the server answers 413 before reading the body and closes the socket, which
		// would otherwise break the next request sent on a pooled connection.
		const hugeStatus = await new Promise<number>((resolve, reject) => {
			const request = httpRequest(`${baseUrl()}/connexion`, {
				method: 'POST',
				agent: false,
				headers: { origin: baseUrl(), 'content-type': 'application/x-www-form-urlencoded' }
			});
			request.on('response', (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			});
			request.on('error', reject);
			request.end(`pseudonym=${'a'.repeat(200_000)}`);
		});
		expect(hugeStatus).toBe(413);
	});

	it('answers every API endpoint with a problem document, never a 5xx', async () => {
		const token = await signedInCookie('Camille');
		const bodies = [
			'not json',
			'[]',
			'null',
			'{"pseudonym":42,"password":[]}',
			JSON.stringify({ role: '\u202e', status: 'active', name: 'x'.repeat(10_240) }),
			'{"acceptCharter":"maybe"}'
		];
		await eachInParallel(API, SWEEP_CONCURRENCY, async ([method, path]) => {
			for (const body of method === 'GET' ? [undefined] : bodies) {
				const response = await fetch(`${baseUrl()}${path}`, {
					method,
					headers: {
						authorization: `Bearer ${token}`,
						'content-type': 'application/json',
						...testClientAddress()
					},
					body
				});
				await response.arrayBuffer();
				expect(response.status, `${method} ${path} ${body?.slice(0, 30)}`).toBeLessThan(500);
				if (response.status >= 400)
					expect(response.headers.get('content-type')).toContain('application/problem+json');
			}
		});
	});
});

// The members' live knowledge search (helper `typeahead`): a GET form read from the address, signed in.
describe("the members' knowledge search reads any address without a server error", () => {
	it('answers /savoirs/recherche with nasty values in every field', async () => {
		const cookie = `ep_session=${await signedInCookie('Louise')}`;
		const fields = ['q', 'experience', 'form', 'minConfirmations', 'easyRead', 'language', 'page'];
		for (const value of [...NASTY, '&|!:*"', 'a:* & !b | "c']) {
			const query = new URLSearchParams(fields.map((field) => [field, value]));
			const response = await fetch(`${baseUrl()}/savoirs/recherche?${query}`, {
				redirect: 'manual',
				headers: { cookie, accept: 'text/html', ...testClientAddress() }
			});
			expect(response.status, `/savoirs/recherche with ${JSON.stringify(value.slice(0, 20))}`).toBeLessThan(
				500
			);
			// Signed in, the page itself answers (an address with NUL is refused by the hooks, an oversized one by
			// the server's header limit).
			if (value.length < 1000 && !value.includes('\u0000')) expect(response.status).toBe(200);
		}
	});
});

// ---- http helper (issue 10, item 3): deeply nested JSON on every endpoint that reads a body ----
// These take no body: they never read what is sent, so any answer below 500 will do.
const BODILESS = new Set([
	'POST /api/v1/occurrences/not-a-uuid/registration',
	'DELETE /api/v1/occurrences/00000000-0000-0000-0000-000000000000/registration',
	'POST /api/v1/supporters/not-a-uuid/resumption',
	'POST /api/v1/accompaniments/00000000-0000-0000-0000-000000000000/end',
	'DELETE /api/v1/conversations/not-a-uuid/messages/00000000-0000-0000-0000-000000000000',
	'POST /api/v1/conversations/not-a-uuid/leave',
	'POST /api/v1/conversations/00000000-0000-0000-0000-000000000000/typing',
	'POST /api/v1/conversations/not-a-uuid/typing',
	'DELETE /api/v1/organisations/gem-les-traboules/contacts/00000000-0000-0000-0000-000000000000',
	'POST /api/v1/organisations/gem-les-traboules/alerts/not-a-uuid/acknowledge',
	'DELETE /api/v1/me/calendar-feeds/not-a-uuid',
	'DELETE /api/v1/me/calendar-feeds/00000000-0000-0000-0000-000000000000',
	// Intervision and the debrief journal (helper `intervision`): no body read.
	'POST /api/v1/occurrences/not-a-uuid/intervision/pledge',
	'DELETE /api/v1/occurrences/00000000-0000-0000-0000-000000000000/intervision/notes/not-a-uuid',
	'DELETE /api/v1/me/debrief-notes/not-a-uuid',
	'POST /api/v1/organisations/gem-les-traboules/debriefings/not-a-uuid/acknowledge',
	'DELETE /api/v1/groups/not-a-uuid/membership',
	// Confirmations and revisions of knowledge (helper `responses`): withdrawing reads no body.
	'DELETE /api/v1/knowledge/contributions/not-a-uuid/confirmations',
	'DELETE /api/v1/knowledge/revisions/00000000-0000-0000-0000-000000000000',
	// Reading lists (helper `search`): deleting reads no body.
	'DELETE /api/v1/knowledge/reading-lists/not-a-uuid',
	'DELETE /api/v1/knowledge/reading-lists/00000000-0000-0000-0000-000000000000/items/not-a-uuid',
	// Recognition (helper `recognition`): deleting and withdrawing read no body (revoking reads its reason).
	'DELETE /api/v1/recognition/credentials/00000000-0000-0000-0000-000000000000',
	'DELETE /api/v1/recognition/credentials/not-a-uuid/attestation-request',
	'DELETE /api/v1/recognition/activity/not-a-uuid',
	// Pathway (helper `pathway`): accepting an enrolment reads no body.
	'POST /api/v1/peer-path-enrolments/not-a-uuid/accept',
	'POST /api/v1/me/resume-role',
	// My plan (helper `plan`): revoking a share reads no body.
	'DELETE /api/v1/me/plan/shares/not-a-uuid',
	'DELETE /api/v1/me/plan/shares/00000000-0000-0000-0000-000000000000',
	// Withdrawing a service or an offer (helper `work`) reads no body.
	'POST /api/v1/services/not-a-uuid/withdraw',
	'POST /api/v1/job-offers/not-a-uuid/withdraw'
]);

describe('deeply nested JSON never reaches a parser that recurses', () => {
	it('answers every API endpoint that takes a body with a 400 problem naming the nesting', async () => {
		const token = await signedInCookie('Camille');
		const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
		const wrong: string[] = [];
		let checked = 0;
		await eachInParallel(API, SWEEP_CONCURRENCY, async ([method, path]) => {
			if (method === 'GET') return;
			const response = await fetch(`${baseUrl()}${path}`, {
				method,
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					...testClientAddress()
				},
				body: deep
			});
			expect(response.headers.get('content-type'), `${method} ${path}`).toContain('application/problem+json');
			const { title } = (await response.json()) as { title: string };
			if (BODILESS.has(`${method} ${path}`)) {
				expect(response.status, `${method} ${path}`).toBeLessThan(500);
				return;
			}
			checked++;
			if (response.status !== 400 || !title.includes('imbriqué trop profondément'))
				wrong.push(`${response.status} ${method} ${path}: ${title}`);
		});
		wrong.sort();
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(30);
	});
});

// ---- find helper (issue 15, items 3 and 4): weekly slots and the supporter's introduction ----
describe('weekly availability and introduction refuse what they cannot hold', () => {
	const VALID_OFFER = {
		experienceIds: ['troubles-psychiques/entente-de-voix'],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	};
	const BAD: Array<[string, Record<string, unknown>]> = [
		['a slot in English words', { availability: ['monday evening'] }],
		['a slot past midnight written 24:00', { availability: ['mon-18:00-24:00'] }],
		['a slot that is not a string', { availability: [42] }],
		[
			'too many slots',
			{
				availability: Array.from(
					{ length: 40 },
					(_, index) => `mon-${String(index % 24).padStart(2, '0')}:00-23:00`
				)
			}
		],
		['a NUL in a slot', { availability: ['mon-18:00-20:00\u0000'] }],
		['an introduction past 500 characters', { introduction: 'x'.repeat(501) }],
		['a NUL in the introduction', { introduction: 'bonjour\u0000' }],
		['an introduction that is not text', { introduction: ['bonjour'] }]
	];

	it.each(BAD)('the offer form and API refuse %s with a 400', async (_case, extra) => {
		const token = await signedInCookie('Sacha');
		const api = await fetch(`${baseUrl()}/api/v1/me/offer`, {
			method: 'PUT',
			headers: {
				authorization: `Bearer ${token}`,
				'content-type': 'application/json',
				...testClientAddress()
			},
			body: JSON.stringify({ ...VALID_OFFER, ...extra })
		});
		expect(api.status).toBe(400);
		expect(api.headers.get('content-type')).toContain('application/problem+json');
		// A form carries only words: an introduction that is not text cannot be sent as such.
		if (Array.isArray(extra.introduction)) return;
		const body = new URLSearchParams();
		for (const [name, value] of Object.entries({ ...VALID_OFFER, ...extra }))
			for (const item of Array.isArray(value) ? value : [value]) body.append(name, String(item));
		const form = await fetch(`${baseUrl()}/espace-pair-aidant?/offer`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: baseUrl(),
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded',
				cookie: `ep_session=${token}`,
				...testClientAddress()
			},
			body
		});
		expect(form.status).toBe(400);
	});

	it('a help request refuses availability that is not weekly slots, through the form and the API', async () => {
		const token = await signedInCookie('Camille');
		for (const availability of [['mon-25:00-26:00'], ['tue-18:00-20:00\u0000'], 'soir']) {
			const api = await fetch(`${baseUrl()}/api/v1/help-requests`, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					...testClientAddress()
				},
				body: JSON.stringify({
					experienceIds: ['troubles-psychiques/entente-de-voix'],
					formats: ['chat'],
					availability
				})
			});
			expect(api.status, JSON.stringify(availability)).toBe(400);
			const form = await fetch(`${baseUrl()}/trouver-un-pair?/request`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: baseUrl(),
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					cookie: `ep_session=${token}`,
					...testClientAddress()
				},
				body: new URLSearchParams([
					['experienceIds', 'troubles-psychiques/entente-de-voix'],
					['formats', 'chat'],
					...[availability].flat().map((slot): [string, string] => ['availability', slot])
				])
			});
			expect(form.status, JSON.stringify(availability)).toBe(400);
		}
	});
});

// ---- contributions helper (issue 12): Markdown that cannot be held gets a clear 400 ----
describe('a contribution’s text refuses what it cannot hold, with a clear error', () => {
	const contribution = (body: string) =>
		JSON.stringify({ title: 'Un savoir', body, form: 'action', audience: 'members' });

	it('refuses 5,000 levels of nesting through the API and the form, naming the field', async () => {
		const token = await signedInCookie('Camille');
		const deep = `${'> '.repeat(5000)}trop profond`;
		const api = await fetch(`${baseUrl()}/api/v1/knowledge/contributions`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${token}`,
				'content-type': 'application/json',
				...testClientAddress()
			},
			body: contribution(deep)
		});
		expect(api.status).toBe(400);
		const problem = (await api.json()) as { errors: Array<{ field: string; detail: string }> };
		expect(problem.errors).toEqual([{ field: 'body', detail: expect.stringContaining('imbrique') }]);
		const form = await fetch(`${baseUrl()}/savoirs/nouveau?/create`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: baseUrl(),
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded',
				cookie: `ep_session=${token}`,
				...testClientAddress()
			},
			body: new URLSearchParams({ title: 'Un savoir', body: deep, form: 'action', audience: 'members' })
		});
		expect(form.status).toBe(400);
		expect(await form.text()).toContain('imbrique trop de listes');
	});

	it('answers a 1 MB text with 413 and renders HTML and javascript: links inert', async () => {
		const token = await signedInCookie('Camille');
		const huge = await new Promise<number>((resolve, reject) => {
			const request = httpRequest(`${baseUrl()}/api/v1/knowledge/contributions`, {
				method: 'POST',
				agent: false,
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
			});
			request.on('response', (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			});
			request.on('error', reject);
			request.end(contribution('x'.repeat(1_000_000)));
		});
		expect(huge).toBe(413);
		const created = await fetch(`${baseUrl()}/api/v1/knowledge/contributions`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${token}`,
				'content-type': 'application/json',
				...testClientAddress()
			},
			body: contribution('<script>alert(1)</script> [clic](javascript:alert(1)) <img src=x onerror=alert(1)>')
		});
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		const page = await fetch(`${baseUrl()}/savoirs/${id}`, { headers: { cookie: `ep_session=${token}` } });
		const html = await page.text();
		expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:/i);
	});
});
