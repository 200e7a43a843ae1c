import { z } from 'zod';
import { IsoDate } from '../../schemas/meta.ts';
import { RecordKind } from '../../schemas/record.ts';

/**
 * The filters `search` and `export` share. Every field is optional; an absent field does not filter.
 *
 * - kinds: record kinds, any of them (exact).
 * - body: the record's decision-making body contains this text, case-insensitively (ASCII letters), so
 *   `--body cabinet` finds "Cabinet" and "Cabinet Member for Finance". A substring because a person
 *   rarely knows the exact form a document used.
 * - status: as body, against the record's status ("Recommendations Approved").
 * - from / to: the record's date is on or after / on or before (inclusive); undated records drop out.
 * - keyDecision / callIn / procedural: the flag is exactly this; unknown (null) drops out.
 * - docs: the record's document name (file name without extension) is one of these, exactly.
 * - allVersions: include records of superseded document versions (default: current documents only).
 */
export const RecordFilters = z.object({
  kinds: z.array(RecordKind).optional(),
  body: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  keyDecision: z.boolean().optional(),
  callIn: z.boolean().optional(),
  procedural: z.boolean().optional(),
  docs: z.array(z.string().min(1)).optional(),
  allVersions: z.boolean().optional(),
});
export type RecordFilters = z.infer<typeof RecordFilters>;

/** A WHERE fragment over `r` (records) and `d` (documents) with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

/** `LIKE` pattern for "contains text", with %, _ and the escape character itself escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** Record columns with an index the planner could pick for a filter. */
export type IndexedFilterColumn = 'kind' | 'date';

/**
 * The filters as SQL conditions joined with AND ('1' when none). Values are always bound as
 * parameters, never spliced into the SQL text.
 *
 * `unindexed` columns are written as `+r.col`, which keeps SQLite from driving the query by that
 * column's index: a caller that reads records in an order of its own (rowid for export, date for a
 * listing) says so, rather than letting the planner pick e.g. the kind index and sort 250,000 rows.
 */
export function filterConditions(filters: RecordFilters, unindexed: readonly IndexedFilterColumn[] = []): SqlCondition {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const col = (name: IndexedFilterColumn): string => (unindexed.includes(name) ? `+r.${name}` : `r.${name}`);
  if (!filters.allVersions) parts.push('d.superseded_by IS NULL');
  if (filters.kinds && filters.kinds.length > 0) {
    parts.push(`${col('kind')} IN (${filters.kinds.map(() => '?').join(', ')})`);
    params.push(...filters.kinds);
  }
  if (filters.body !== undefined) {
    parts.push("r.body LIKE ? ESCAPE '\\'");
    params.push(containsPattern(filters.body));
  }
  if (filters.status !== undefined) {
    parts.push("r.status LIKE ? ESCAPE '\\'");
    params.push(containsPattern(filters.status));
  }
  if (filters.from !== undefined) {
    parts.push(`${col('date')} >= ?`);
    params.push(filters.from);
  }
  if (filters.to !== undefined) {
    parts.push(`${col('date')} <= ?`);
    params.push(filters.to);
  }
  if (filters.keyDecision !== undefined) {
    parts.push('r.key_decision = ?');
    params.push(filters.keyDecision ? 1 : 0);
  }
  if (filters.callIn !== undefined) {
    parts.push('r.call_in = ?');
    params.push(filters.callIn ? 1 : 0);
  }
  if (filters.procedural !== undefined) {
    parts.push('r.procedural = ?');
    params.push(filters.procedural ? 1 : 0);
  }
  if (filters.docs && filters.docs.length > 0) {
    parts.push(`d.name IN (${filters.docs.map(() => '?').join(', ')})`);
    params.push(...filters.docs);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}
