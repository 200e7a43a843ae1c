import type { DB } from '../store/db.ts';
import { openForReading, UnreadableDatabaseError } from '../query/open.ts';

/**
 * For a command: the database opened read-only, or null after telling the user why it cannot be
 * read and setting exit code 2 (a usage error: a wrong --db, not a failed run).
 */
export function openForCommand(command: string, dbPath: string, setExit: (code: number) => void): DB | null {
  try {
    // A search reads records at random and is quicker through a memory map; an export reads them in order (open.ts).
    return openForReading(dbPath, { mapped: command === 'search' });
  } catch (error) {
    if (!(error instanceof UnreadableDatabaseError)) throw error;
    process.stderr.write(`decision-trail ${command}: ${error.message}\n`);
    setExit(2);
    return null;
  }
}
