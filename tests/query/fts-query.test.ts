import { describe, expect, it } from 'vitest';
import { quoteTerm, translateQuery } from '../../pipeline/query/fts-query.ts';

describe('translateQuery', () => {
  it('quotes every word and ANDs them', () => {
    expect(translateQuery('library closures').match).toBe('"library" AND "closures"');
  });

  it('keeps a phrase together and a trailing * as a prefix', () => {
    expect(translateQuery('"parking charges" librar*').match).toBe('"parking charges" AND "librar"*');
    expect(translateQuery('"home to sch"*').match).toBe('"home to sch"*');
  });

  it('makes OR bind tighter than the space between words', () => {
    expect(translateQuery('budget parking OR transport').match).toBe('"budget" AND ("parking" OR "transport")');
    expect(translateQuery('a OR b OR c').match).toBe('("a" OR "b" OR "c")');
  });

  it('turns -word, -"phrase" and NOT word into exclusions', () => {
    expect(translateQuery('budget -schools').match).toBe('("budget") NOT ("schools")');
    expect(translateQuery('budget -"school transport" NOT capital').match).toBe('("budget") NOT ("school transport" OR "capital")');
  });

  it('gives only an exclusion expression when nothing positive is asked for', () => {
    const q = translateQuery('-budget -"school transport"');
    expect(q.match).toBeNull();
    expect(q.exclude).toBe('"budget" OR "school transport"');
  });

  it('splits punctuation inside a term into a phrase of its words and numbers', () => {
    expect(translateQuery('R2023-123').match).toBe('"R2023 123"');
    expect(translateQuery('s.75').match).toBe('"s 75"');
    expect(translateQuery('£2m').match).toBe('"2m"');
  });

  it("drops a possessive 's from a word, not from a phrase", () => {
    expect(translateQuery("Children's services").match).toBe('"Children" AND "services"');
    expect(translateQuery('Council’s').match).toBe('"Council"');
    expect(translateQuery("\"Children's services\"").match).toBe('"Children s services"');
    expect(translateQuery("it's").match).toBe('"it"');
    expect(translateQuery("'s").match).toBe('"s"');
    expect(translateQuery("Children's").plainWords).toEqual({ fts: ['"Children"'], exclude: null });
  });

  it('runs an unbalanced quote to the end of the query as a phrase', () => {
    expect(translateQuery('budget "parking charges').match).toBe('"budget" AND "parking charges"');
  });

  it('treats typed FTS5 syntax as words or drops it, never passes it through', () => {
    expect(translateQuery('NEAR(a b)').match).toBe('"NEAR a" AND "b"');
    expect(translateQuery('text:budget').match).toBe('"text budget"');
    expect(translateQuery('AND').match).toBeNull();
    expect(translateQuery('OR').match).toBeNull();
    expect(translateQuery('NOT').match).toBeNull();
    expect(translateQuery('*')).toMatchObject({ match: null, exclude: null, dropped: ['*'] });
    expect(translateQuery('-')).toMatchObject({ match: null, exclude: null, dropped: ['-'] });
    expect(translateQuery('budget AND capital').match).toBe('"budget" AND "capital"');
    expect(translateQuery('OR budget').match).toBe('"budget"');
    expect(translateQuery('budget OR').match).toBe('"budget"');
  });

  it('keeps lower-case and/or/not as words', () => {
    expect(translateQuery('trees or hedges').match).toBe('"trees" AND "or" AND "hedges"');
  });

  it('has no double quote inside any quoted term', () => {
    expect(quoteTerm('a"b')).toBe('"a b"');
    expect(quoteTerm('"""')).toBeNull();
  });
});
