// Experiential knowledge (savoirs expérientiels): contributions, versions, confirmations, revisions,
// search, reading lists and research datasets.
export * from './vocabulary';
export * from './policy';
export { loadKnowledgeViewer, loadContributionForActor, type Contribution } from './queries';
export { renderMarkdown, markdownToPlainText } from './markdown';
export { diffTexts, changesAnything, type DiffPart } from './text-diff';
export { confirmationTallies, type ConfirmationTally } from './confirmation-counts';
// Contributions, versions and links (helper "contributions").
// Confirmations, revisions, moderation, export and erasure (helper "responses").
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
