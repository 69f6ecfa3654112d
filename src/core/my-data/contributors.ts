import { accountsPersonalData } from '../accounts/personal-data';
import { carePersonalData } from '../care/personal-data';
import { calendarsPersonalData } from '../gatherings/personal-data-calendars';
import { conversationsPersonalData } from '../conversations/personal-data';
import { journalPersonalData } from '../gatherings/journal-personal-data';
import { knowledgePersonalData } from '../knowledge/personal-data';
import { matchingPersonalData } from '../matching/personal-data';
import { moderationPersonalData } from '../moderation/personal-data';
import { notificationsPersonalData } from '../notifications/personal-data';
import { organisationsPersonalData } from '../organisations/personal-data';
import { recognitionPersonalData } from '../recognition/personal-data';
import { pathwayPersonalData } from '../pathway/personal-data';
import { plansPersonalData } from '../plans/personal-data';
import { offersPersonalData } from '../offers/personal-data';
import type { PersonalDataContributor } from '../shared';

/**
 * Every module that stores something about a person. Order matters for erasure: the account row goes
 * last, after the content that must be kept under "membre supprimé" has been detached from it.
 */
export const PERSONAL_DATA_CONTRIBUTORS: PersonalDataContributor[] = [
	carePersonalData,
	conversationsPersonalData,
	calendarsPersonalData,
	journalPersonalData,
	knowledgePersonalData,
	matchingPersonalData,
	moderationPersonalData,
	notificationsPersonalData,
	offersPersonalData,
	organisationsPersonalData,
	recognitionPersonalData,
	pathwayPersonalData,
	plansPersonalData,
	accountsPersonalData
];
