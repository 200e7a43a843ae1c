/** The import's defaults, apart from the import itself so that the CLI can show them without loading the readers. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 300_000;
