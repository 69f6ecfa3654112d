export { exportPersonalData, EXPORT_FORMAT_VERSION } from './export-personal-data';
export { deleteAccount } from './delete-account';
export { updateMySettings, type MySettingsInput } from './update-my-settings';
export { readableCopyOfMyData, type ReadableCopy } from './readable-copy';
