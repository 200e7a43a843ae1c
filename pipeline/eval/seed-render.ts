import type { SeedBlock } from './seed-layout.ts';

/**
 * A paragraph's text as Markdown: typed numbering ("1. ...") is escaped so that it stays a typed
 * paragraph as in the source rather than becoming an automatic list; other block-starting characters
 * are escaped too. "**bold**" is already Markdown in the seeds and is kept.
 */
function markdownInline(text: string): string {
  return text.replace(/[\\`<[\]]/g, (c) => `\\${c}`);
}

function markdownParagraph(text: string): string {
  const inline = markdownInline(text);
  const numbered = /^(\d{1,9})([.)])(\s)/.exec(inline);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${inline.slice(numbered[1]!.length + 1)}`;
  if (/^(?:[#>+=]|[-*] )/.test(inline)) return `\\${inline}`;
  return inline;
}

function markdownCell(text: string): string {
  return markdownInline(text).replace(/\|/g, '\\|');
}

export function renderMarkdown(blocks: SeedBlock[]): string {
  const parts = blocks.map((block): string => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${markdownInline(block.text)}`;
      case 'paragraph':
        return markdownParagraph(block.text);
      case 'list':
        return block.items.map((item) => `${item.depth === 1 ? '  ' : ''}- ${markdownInline(item.text)}`).join('\n');
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.length));
        const row = (cells: string[]): string =>
          `| ${Array.from({ length: width }, (_, i) => markdownCell(cells[i] ?? '')).join(' | ')} |`;
        const [head = [], ...body] = block.rows;
        return [row(head), `|${' --- |'.repeat(width)}`, ...body.map(row)].join('\n');
      }
    }
  });
  return `${parts.join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escaped text with "**x**" pairs as <strong>; an unpaired "**" stays as typed. */
function htmlInline(text: string): string {
  return escapeHtml(text).replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '<strong>$1</strong>');
}

export function renderHtml(blocks: SeedBlock[], title: string): string {
  const body = blocks.map((block): string => {
    switch (block.kind) {
      case 'heading':
        return `<h${block.level}>${htmlInline(block.text)}</h${block.level}>`;
      case 'paragraph':
        return `<p>${htmlInline(block.text)}</p>`;
      case 'list':
        return renderHtmlList(block.items);
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.length));
        const rows = block.rows.map(
          (cells) => `<tr>${Array.from({ length: width }, (_, i) => `<td>${htmlInline(cells[i] ?? '')}</td>`).join('')}</tr>`,
        );
        return `<table border="1">\n${rows.join('\n')}\n</table>`;
      }
    }
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

/** Items of depth 1 nest inside the preceding depth-0 item, as the indentation of the source says. */
function renderHtmlList(items: { depth: 0 | 1; text: string }[]): string {
  const out: string[] = ['<ul>'];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.depth === 1) continue;
    const children: string[] = [];
    for (let j = i + 1; j < items.length && items[j]!.depth === 1; j++) children.push(`<li>${htmlInline(items[j]!.text)}</li>`);
    out.push(children.length > 0 ? `<li>${htmlInline(item.text)}<ul>${children.join('')}</ul></li>` : `<li>${htmlInline(item.text)}</li>`);
  }
  out.push('</ul>');
  return out.join('\n');
}
