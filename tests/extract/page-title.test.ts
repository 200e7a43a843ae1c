import { describe, expect, it } from 'vitest';
import { readHtml } from '../../pipeline/readers/html.ts';
import { processText as read } from './process-text.ts';

/**
 * A ModernGov-style page names its committee and meeting date only in its <title> and in the breadcrumb
 * (dropped as site chrome); its body says "Minutes". The title is kept beside the text, and metadata
 * falls back on it.
 */
const page = `<!DOCTYPE html><html><head><title>Minutes - Overview and Scrutiny Committee - Wednesday, 18th March, 2026 10.00 am - Severn and Wyre Combined Authority</title></head>
<body><nav><a href="/">Home</a></nav>
<h1>Minutes</h1>
<p>Present: Councillor Gareth Lowndes (Chair); Councillors Rahim and Ashcombe.</p>
<h3>60. Minutes of the previous meeting</h3>
<p>RESOLVED – That the minutes of the meeting held on 11 February 2026 be approved as a correct record.</p>
</body></html>`;

describe("an HTML page's <title>", () => {
  it('is kept beside the text, not in it', () => {
    const result = readHtml(new TextEncoder().encode(page));
    if (!result.ok) expect.fail(result.reason);
    expect(result.document.title).toBe('Minutes - Overview and Scrutiny Committee - Wednesday, 18th March, 2026 10.00 am - Severn and Wyre Combined Authority');
    expect(result.document.text).not.toContain('Severn and Wyre');
  });

  it('gives the body and the meeting date when the text names neither', async () => {
    const result = await read('page.html', page, 'html');
    expect(result.meta.body).toBe('Overview and Scrutiny Committee');
    expect(result.meta.date).toBe('2026-03-18');
    expect(result.records.map((r) => r.date)).toEqual(['2026-03-18']);
  });

  it('gives way to what the text says', async () => {
    const result = await read('page.html', page.replace('<h1>Minutes</h1>', '<h1>Minutes of the Audit Committee held on 2 April 2026</h1>'), 'html');
    expect(result.meta.body).toBe('Audit Committee');
    expect(result.meta.date).toBe('2026-04-02');
  });
});
