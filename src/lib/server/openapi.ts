/**
 * The OpenAPI 3.1 description of /api/v1. A test compares its paths and methods with the route files,
 * so an endpoint cannot be added, or removed, without this document following.
 */
import { carePaths, careSchemas } from './openapi-care';
import { conversationPaths, conversationSchemas } from './openapi-conversations';
import { moderationPaths, moderationSchemas } from './openapi-moderation';
import { appealPaths, appealSchemas } from './openapi-appeals';
import { recoveryPaths, recoverySchemas } from './openapi-recovery';
import { matchingPaths, matchingSchemas } from './openapi-matching';
import { notificationPaths, notificationSchemas } from './openapi-notifications';
import { peerGroupPaths, peerGroupSchemas } from './openapi-peer-groups';
import { sessionsPaths, sessionsSchemas } from './openapi-sessions';
import { calendarsPaths, calendarsSchemas } from './openapi-calendars';
import { planPaths, planSchemas } from './openapi-plan';
import { intervisionPaths, intervisionSchemas } from './openapi-intervision';
import { knowledgePaths } from './openapi-knowledge';
import { pathwayPaths } from './openapi-pathway';
import { knowledgeResponsesPaths } from './openapi-knowledge-responses';
import { knowledgeSearchPaths, knowledgeSearchSchemas } from './openapi-knowledge-search';
import { recognitionPaths } from './openapi-recognition';
import { offersPaths } from './openapi-offers';
import { groupsReportPaths } from './openapi-groups-report';
import { workPaths } from './openapi-work';
import { sessionEditPaths } from './openapi-sessionedit';
import { errors, jsonBody, ok, ref } from './openapi-parts';

const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const experienceId = { name: 'experienceId', in: 'path', required: true, schema: { type: 'string' } };

export const openApiDocument = {
	openapi: '3.1.0',
	info: {
		title: 'Entrepairs API',
		version: '1.0.0',
		description:
			'JSON API of Entrepairs, on the same use cases as the web pages. Authenticate with a bearer token from POST /session, or with the browser session cookie. Errors are RFC 9457 problem details.'
	},
	servers: [{ url: '/api/v1' }],
	security: [{ bearer: [] }, { cookie: [] }],
	paths: {
		'/openapi.json': {
			get: { summary: 'This document', security: [], responses: { '200': ok('OpenAPI document') } }
		},
		'/session': {
			post: {
				summary: 'Sign in and get a bearer token',
				security: [],
				requestBody: jsonBody({
					type: 'object',
					required: ['pseudonym', 'password'],
					properties: { pseudonym: { type: 'string' }, password: { type: 'string' } }
				}),
				responses: { '201': ok('Signed in', ref('Session')), ...errors(400, 413, 429) }
			},
			delete: { summary: 'Sign out (ends this token)', responses: { '204': ok('Signed out') } }
		},
		'/me': {
			get: { summary: 'My account', responses: { '200': ok('Account', ref('Account')), ...errors(401) } },
			patch: {
				summary: 'Update my display preferences, who may write to me directly and my notifications',
				requestBody: jsonBody(ref('Preferences')),
				responses: { '200': ok('Account', ref('Account')), ...errors(400, 401) }
			},
			delete: {
				summary: 'Erase my account',
				requestBody: jsonBody({
					type: 'object',
					required: ['password'],
					properties: { password: { type: 'string' } }
				}),
				responses: { '204': ok('Erased'), ...errors(400, 401, 429) }
			}
		},
		'/me/export': {
			get: {
				summary: 'Everything stored about me',
				responses: { '200': ok('Export document', { type: 'object' }), ...errors(401) }
			}
		},
		'/me/memberships': {
			get: {
				summary: 'My memberships',
				responses: {
					'200': ok('Memberships', {
						type: 'object',
						properties: { memberships: { type: 'array', items: ref('MyMembership') } }
					}),
					...errors(401)
				}
			}
		},
		'/experiences': {
			get: {
				summary: 'The vocabulary of lived experiences (search with q, accents folded, synonyms included)',
				security: [],
				parameters: [{ name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } }],
				responses: {
					'200': ok('Experiences', {
						type: 'object',
						properties: { experiences: { type: 'array', items: ref('ExperienceOption') } }
					}),
					...errors(400)
				}
			}
		},
		'/me/profile': {
			get: {
				summary: 'My experience profile, or a preview of what an audience sees',
				parameters: [
					{
						name: 'previewAs',
						in: 'query',
						schema: { enum: ['my_supporters', 'my_organisations', 'instance', 'visitor'] }
					}
				],
				responses: { '200': ok('Profile', ref('Profile')), ...errors(400, 401) }
			}
		},
		'/me/profile/experiences/{experienceId}': {
			put: {
				summary: 'Add or update one lived experience on my profile',
				parameters: [experienceId],
				requestBody: jsonBody({
					type: 'object',
					properties: {
						detail: { type: 'string', maxLength: 1000 },
						period: { enum: ['current', 'past'] },
						visibility: ref('Visibility')
					}
				}),
				responses: { '200': ok('Saved', { type: 'object' }), ...errors(400, 401) }
			},
			delete: {
				summary: 'Remove one lived experience from my profile',
				parameters: [experienceId],
				responses: { '204': ok('Removed'), ...errors(401, 404) }
			}
		},
		'/people/{accountId}/profile': {
			get: {
				summary: "Someone's profile: only what their visibility choices show to me",
				parameters: [
					{ name: 'accountId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
				],
				responses: { '200': ok('Profile', ref('Profile')), ...errors(400, 401, 404) }
			}
		},
		'/organisations': {
			get: {
				summary: 'Organisations of this instance',
				security: [],
				responses: {
					'200': ok('Organisations', {
						type: 'object',
						properties: { organisations: { type: 'array', items: ref('OrganisationSummary') } }
					})
				}
			},
			post: {
				summary: 'Create an organisation (instance admins)',
				requestBody: jsonBody(ref('OrganisationInput')),
				responses: {
					'201': ok('Created', {
						type: 'object',
						properties: { slug: { type: 'string' }, name: { type: 'string' } }
					}),
					...errors(400, 401, 403, 409)
				}
			}
		},
		'/organisations/{slug}': {
			get: {
				summary: 'An organisation, with my membership and permissions',
				security: [],
				parameters: [slug],
				responses: { '200': ok('Organisation', ref('Organisation')), ...errors(404) }
			}
		},
		'/organisations/{slug}/memberships': {
			post: {
				summary: 'Join, or ask to join, accepting the charter',
				parameters: [slug],
				requestBody: jsonBody({
					type: 'object',
					required: ['acceptCharter'],
					properties: {
						acceptCharter: { const: true },
						charterVersion: { type: 'integer' },
						message: { type: 'string', maxLength: 500, description: 'Optional, for the coordinators' }
					}
				}),
				responses: {
					'201': ok('Joined or requested', {
						type: 'object',
						properties: { membershipId: { type: 'string' }, status: { enum: ['active', 'pending'] } }
					}),
					...errors(400, 401, 403, 404, 409)
				}
			},
			delete: {
				summary: 'Leave, or withdraw a request',
				parameters: [slug],
				responses: { '204': ok('Left'), ...errors(401, 404, 409) }
			}
		},
		'/organisations/{slug}/members': {
			get: {
				summary: 'Member list (members only; view=management for coordinators)',
				parameters: [slug, { name: 'view', in: 'query', schema: { enum: ['directory', 'management'] } }],
				responses: {
					'200': ok('Members', {
						type: 'object',
						properties: { members: { type: 'array', items: ref('Member') } }
					}),
					...errors(401, 403, 404)
				}
			}
		},
		'/organisations/{slug}/members/{membershipId}': {
			patch: {
				summary: 'Approve a request or change a role (coordinators)',
				parameters: [
					slug,
					{ name: 'membershipId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
				],
				requestBody: jsonBody({
					type: 'object',
					properties: { status: { const: 'active' }, role: ref('Role') }
				}),
				responses: { '204': ok('Done'), ...errors(400, 401, 403, 404, 409) }
			},
			delete: {
				summary: 'Decline a request or remove a member (coordinators)',
				parameters: [
					slug,
					{ name: 'membershipId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
				],
				responses: { '204': ok('Done'), ...errors(401, 403, 404, 409) }
			}
		},
		...matchingPaths,
		...conversationPaths,
		...moderationPaths,
		...appealPaths,
		...carePaths,
		...recoveryPaths,
		...notificationPaths,
		...peerGroupPaths,
		...sessionsPaths,
		...calendarsPaths,
		...intervisionPaths,
		...knowledgePaths,
		...knowledgeResponsesPaths,
		...knowledgeSearchPaths,
		...recognitionPaths,
		...pathwayPaths,
		...planPaths,
		...offersPaths,
		...groupsReportPaths,
		...workPaths,
		...sessionEditPaths
	},
	components: {
		securitySchemes: {
			bearer: { type: 'http', scheme: 'bearer' },
			cookie: { type: 'apiKey', in: 'cookie', name: 'ep_session' }
		},
		responses: {
			Problem: {
				description: 'RFC 9457 problem details, localised from Accept-Language',
				content: {
					'application/problem+json': {
						schema: {
							type: 'object',
							properties: {
								type: { type: 'string' },
								title: { type: 'string' },
								status: { type: 'integer' },
								code: {
									enum: [
										'INVALID',
										'UNAUTHENTICATED',
										'FORBIDDEN',
										'NOT_FOUND',
										'CONFLICT',
										'RATE_LIMITED',
										'PAYLOAD_TOO_LARGE'
									]
								},
								errors: {
									type: 'array',
									items: {
										type: 'object',
										properties: { field: { type: 'string' }, detail: { type: 'string' } }
									}
								}
							}
						}
					}
				}
			}
		},
		schemas: {
			Visibility: {
				enum: ['only_me', 'my_supporters', 'my_organisations', 'instance'],
				description: 'Audiences nest: each includes the narrower ones. Visitors never see experiences.'
			},
			ExperienceOption: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					parentId: { type: ['string', 'null'] },
					label: { type: 'string' }
				}
			},
			Profile: {
				type: 'object',
				properties: {
					accountId: { type: 'string' },
					pseudonym: { type: 'string' },
					isOwner: { type: 'boolean' },
					previewAs: { type: ['string', 'null'] },
					experiences: {
						type: 'array',
						items: {
							type: 'object',
							properties: {
								experienceId: { type: 'string' },
								label: { type: 'string' },
								parentLabel: { type: ['string', 'null'] },
								detail: { type: 'string' },
								period: { enum: ['current', 'past'] },
								visibility: { $ref: '#/components/schemas/Visibility' }
							}
						}
					}
				}
			},
			Role: { enum: ['member', 'peer_supporter', 'relative', 'professional', 'moderator', 'coordinator'] },
			Session: {
				type: 'object',
				properties: {
					token: { type: 'string' },
					expiresAt: { type: 'string', format: 'date-time' },
					accountId: { type: 'string' },
					pseudonym: { type: 'string' }
				}
			},
			Preferences: {
				type: 'object',
				properties: {
					locale: { enum: ['fr', 'en'] },
					textSize: { enum: ['normal', 'large', 'larger', 'largest'] },
					theme: { enum: ['auto', 'light', 'dark'] },
					easyRead: { type: 'boolean', description: 'Easy-read French (FALC); French only' },
					lineSpacing: { enum: ['normal', 'wide'] },
					contrast: { enum: ['normal', 'high'] },
					readingFont: { enum: ['standard', 'readable'] },
					directMessages: {
						enum: ['nobody', 'my_organisations'],
						description: 'Who may open a direct conversation with me'
					},
					emailDigest: {
						type: 'boolean',
						description:
							'Email me (at most once a day, never the content) when messages wait unread; needs an email address and mail on the instance'
					},
					discreetNotifications: {
						type: 'boolean',
						description: 'Emails name neither the platform nor anyone (subject "New notification")'
					},
					moderationAlerts: {
						type: 'boolean',
						description:
							'Staff only (moderators, coordinators, instance admins): email me, at most once an hour and never saying what, when reports wait in my moderation queue; needs an email address and mail on the instance'
					}
				}
			},
			Account: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					pseudonym: { type: 'string' },
					email: { type: ['string', 'null'] },
					locale: { type: 'string' },
					textSize: { type: 'string' },
					theme: { type: 'string' },
					easyRead: { type: 'boolean' },
					lineSpacing: { type: 'string' },
					contrast: { type: 'string' },
					readingFont: { type: 'string' },
					directMessages: { type: 'string' },
					emailDigest: { type: 'boolean' },
					discreetNotifications: { type: 'boolean' },
					moderationAlerts: { type: 'boolean' },
					isInstanceAdmin: { type: 'boolean' },
					consentVersion: { type: 'string' },
					consentedAt: { type: 'string', format: 'date-time' },
					createdAt: { type: 'string', format: 'date-time' }
				}
			},
			MyMembership: {
				type: 'object',
				properties: {
					membershipId: { type: 'string' },
					slug: { type: 'string' },
					name: { type: 'string' },
					kind: { type: 'string' },
					role: { $ref: '#/components/schemas/Role' },
					status: { enum: ['pending', 'active'] },
					hiddenFromMemberList: { type: 'boolean' }
				}
			},
			OrganisationSummary: {
				type: 'object',
				properties: {
					slug: { type: 'string' },
					name: { type: 'string' },
					kind: { enum: ['gem', 'association', 'clubhouse', 'peer_work_platform', 'care_team', 'other'] },
					city: { type: ['string', 'null'] },
					description: { type: 'string' },
					joinPolicy: { enum: ['open', 'request', 'invitation'] }
				}
			},
			OrganisationInput: {
				type: 'object',
				required: ['name', 'kind', 'joinPolicy', 'charter'],
				properties: {
					name: { type: 'string' },
					slug: { type: 'string' },
					kind: { enum: ['gem', 'association', 'clubhouse', 'peer_work_platform', 'care_team', 'other'] },
					city: { type: 'string' },
					description: { type: 'string' },
					joinPolicy: { enum: ['open', 'request', 'invitation'] },
					charter: { type: 'string' }
				}
			},
			Organisation: {
				allOf: [
					{ $ref: '#/components/schemas/OrganisationSummary' },
					{
						type: 'object',
						properties: {
							charter: { type: 'string' },
							charterVersion: { type: 'integer' },
							membership: { type: ['object', 'null'] },
							permissions: { type: 'object', additionalProperties: { type: 'boolean' } }
						}
					}
				]
			},
			Member: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					pseudonym: { type: 'string' },
					role: { $ref: '#/components/schemas/Role' },
					status: { enum: ['pending', 'active'] }
				}
			},
			...matchingSchemas,
			...conversationSchemas,
			...moderationSchemas,
			...appealSchemas,
			...careSchemas,
			...recoverySchemas,
			...notificationSchemas,
			...peerGroupSchemas,
			...sessionsSchemas,
			...calendarsSchemas,
			...intervisionSchemas,
			...knowledgeSearchSchemas,
			...planSchemas
		}
	}
} as const;
