// Experiential knowledge (savoirs expérientiels): contributions, versions, confirmations, revisions,
// search, reading lists and research datasets.
export * from './vocabulary';
export * from './policy';
export { loadKnowledgeViewer, loadContributionForActor, type Contribution } from './queries';
export { renderMarkdown, markdownToPlainText } from './markdown';
export { diffTexts, changesAnything, type DiffPart } from './text-diff';
export { confirmationTallies, type ConfirmationTally } from './confirmation-counts';
// Contributions, versions and links (helper "contributions").
export { CreateContributionSchema, createContribution } from './create-contribution';
export { UpdateContributionSchema, updateContribution } from './update-contribution';
export { GetContributionSchema, getContribution, type ContributionView } from './get-contribution';
export { ListVersionsSchema, GetVersionDiffSchema, listVersions, getVersionDiff } from './list-versions';
export {
	LinkContributionsSchema,
	UnlinkContributionsSchema,
	linkContributions,
	unlinkContributions
} from './link-contributions';
export { myContributions } from './my-contributions';
export {
	SetKnowledgePreferencesSchema,
	getKnowledgePreferences,
	setKnowledgePreferences
} from './knowledge-preferences';
export { CreateDraftFromMessageSchema, createDraftFromMessage } from './create-draft-from-message';
export {
	RequestQuoteConsentSchema,
	AnswerQuoteConsentSchema,
	requestQuoteConsent,
	answerQuoteConsent,
	listQuoteRequests
} from './quote-consents';
export { SetKnowledgePublicSchema, knowledgeSettings, setKnowledgePublic } from './set-knowledge-public';
export { contributionForm } from './contribution-form';
export { readableBy } from './readable';
// Confirmations, revisions, moderation, export and erasure (helper "responses").
export { confirmContribution, ConfirmContributionSchema } from './confirm-contribution';
export { withdrawConfirmation, WithdrawConfirmationSchema } from './withdraw-confirmation';
export { listConfirmations, ListConfirmationsSchema } from './list-confirmations';
export { proposeRevision, ProposeRevisionSchema } from './propose-revision';
export { withdrawRevision, WithdrawRevisionSchema } from './withdraw-revision';
export { decideRevision, DecideRevisionSchema } from './decide-revision';
export { listRevisions, ListRevisionsSchema, type RevisedField } from './list-revisions';
export { getRevision, GetRevisionSchema } from './get-revision';
export { revisionForm, RevisionFormSchema } from './revision-form';
export { MAX_PENDING_REVISIONS, confirmationCountsFrom } from './response-policy';
export { ConfirmationFieldsSchema, RevisionTextSchema } from './response-schemas';
export { knowledgePersonalData, knowledgeRecordOf, type KnowledgeRecord } from './personal-data';
// Search, reading lists and research datasets (helper "search").
export {
	searchKnowledge,
	SearchKnowledgeSchema,
	SEARCH_PAGE_SIZE,
	type KnowledgeSearch,
	type KnowledgeSearchResult,
	type SearchKnowledgeInput
} from './search-knowledge';
export {
	CreateReadingListSchema,
	createReadingList,
	type CreateReadingListInput
} from './create-reading-list';
export {
	DeleteReadingListSchema,
	deleteReadingList,
	UpdateReadingListSchema,
	updateReadingList
} from './update-reading-list';
export { AddReadingListItemSchema, addReadingListItem } from './add-reading-list-item';
export {
	MoveReadingListItemSchema,
	moveReadingListItem,
	RemoveReadingListItemSchema,
	removeReadingListItem
} from './arrange-reading-list';
export { GetReadingListSchema, getReadingList, type ReadingListView } from './get-reading-list';
export { ListReadingListsSchema, listReadingLists } from './list-reading-lists';
export {
	publishResearchDataset,
	PublishResearchDatasetSchema,
	withdrawResearchDataset,
	WithdrawResearchDatasetSchema
} from './publish-research-dataset';
export {
	listResearchDatasets,
	readResearchDataset,
	ReadResearchDatasetSchema
} from './read-research-dataset';
export { datasetCsv, type DatasetRow } from './research-dataset-rows';
