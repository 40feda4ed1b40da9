import type { Meeting } from '../../shared/domain/meeting.ts';
import type { RichNode } from '../../shared/text/richText.ts';

/** The same content as Markdown, for pandoc: headings, paragraphs, bold, lists, the pipe table and the bilag by name. */
export function markdownOf(meeting: Meeting): string {
  const inline = (nodes: RichNode[] = []): string =>
    nodes.map((n) => (n.marks?.some((m) => m.type === 'bold') ? `**${n.text ?? ''}**` : (n.text ?? ''))).join('');
  const block = (node: RichNode, indent = ''): string => {
    switch (node.type) {
      case 'paragraph':
        return `${indent}${inline(node.content)}\n`;
      case 'heading':
        return `${'#'.repeat(Number(node.attrs?.level ?? 3))} ${inline(node.content)}\n`;
      case 'bulletList':
      case 'orderedList':
        return (node.content ?? [])
          .map((item, i) => `${indent}${node.type === 'bulletList' ? '-' : `${i + 1}.`} ${(item.content ?? []).map((c) => block(c).trim()).join(' ')}`)
          .join('\n') + '\n';
      case 'table': {
        const rows = (node.content ?? []).map((r) => `| ${(r.content ?? []).map((c) => (c.content ?? []).map((x) => inline(x.content)).join(' ')).join(' | ')} |`);
        const columns = (node.content?.[0]?.content ?? []).length;
        return [rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n') + '\n';
      }
      default:
        return '';
    }
  };
  return meeting.items
    .map((item, i) =>
      [
        `# Punkt ${i + 1}: ${item.title}\n`,
        `${item.caseNumber}\n`,
        ...item.sections.flatMap((s) => [`## ${s.title}\n`, ...(s.body.content ?? []).map((n) => block(n))]),
        ...(item.attachments.length > 0 ? ['## Bilag\n', item.attachments.map((a) => `- ${a.name}`).join('\n') + '\n'] : []),
      ].join('\n'),
    )
    .join('\n');
}
