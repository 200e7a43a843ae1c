import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_DB_PATH } from '../store/db.ts';
import { AuditOpenError, openForAudit } from '../audit/open.ts';
import { findRecord, recordView } from '../audit/record-view.ts';
import { formatRecordView } from '../audit/record-view-format.ts';
import { usageErrorsExitTwo } from './verify.ts';

interface ShowFlags {
  db: string;
  json?: boolean;
  context: number;
}

const DEFAULT_CONTEXT_CHARS = 300;

/** `decision-trail show <record-id>`: one record, its document and its words in their context. */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('show')
    .description('show one record: its fields, its document (path, SHA-256, page) and its quote in context, re-read from the source file')
    .argument('<record-id>', 'a record id, or an unambiguous start of one')
    .option('--db <path>', 'the database', DEFAULT_DB_PATH)
    .option('--context <chars>', 'characters of source text shown either side of the quote', nonNegativeInteger, DEFAULT_CONTEXT_CHARS)
    .option('--json', 'print the record as JSON')
    .exitOverride(usageErrorsExitTwo)
    .action(async (id: string, flags: ShowFlags) => {
      setExit(await runShow(id, flags));
    });
}

async function runShow(id: string, flags: ShowFlags): Promise<number> {
  let db;
  try {
    db = openForAudit(flags.db);
  } catch (error) {
    if (!(error instanceof AuditOpenError)) throw error;
    process.stderr.write(`decision-trail show: ${error.message}\n`);
    return 2;
  }
  try {
    const found = findRecord(db, id);
    if (!found.ok) {
      process.stderr.write(`decision-trail show: ${found.reason}\n`);
      return 1;
    }
    const view = await recordView(db, found.row, flags.context);
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(flags.json ? `${JSON.stringify(view, null, 2)}\n` : formatRecordView(view, colour ? 'ansi' : 'plain'));
    return 0;
  } finally {
    db.close();
  }
}

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of characters (0 or more)');
  return n;
}
