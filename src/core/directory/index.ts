export {
	searchDirectory,
	PAGE_SIZE,
	type DirectoryOrganisation,
	type DirectoryService
} from './search-directory';
export { SearchDirectorySchema, SaveDirectoryListingSchema, RADII_KM } from './schemas';
export { saveDirectoryListing } from './save-directory-listing';
export { getDirectoryListing } from './get-directory-listing';
export { exportDirectory, directoryCsv, directoryJson, organisationJsonLd, serviceJsonLd } from './open-data';
export { resolvePlace, communeFor, departementName, forgetPlaces, usePlacesFile } from './places';
