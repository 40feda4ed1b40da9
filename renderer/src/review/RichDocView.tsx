import type { ReactNode } from 'react';
import type { RichDoc, RichNode } from '../../../shared/text/richText.ts';

/**
 * Rich text as plain, static HTML for read-only review: no editor instance per
 * section (a protocol has dozens), nothing editable, no links that navigate.
 */
export function RichDocView({ doc, className = 'rich-content rich-view' }: { doc: RichDoc | undefined; className?: string }) {
  return <div className={className}>{(doc?.content ?? []).map((node, i) => renderNode(node, i))}</div>;
}

function renderChildren(node: RichNode): ReactNode[] {
  return (node.content ?? []).map((child, i) => renderNode(child, i));
}

function renderNode(node: RichNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node, key);
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{renderChildren(node)}</p>;
    case 'heading': {
      // Headings inside a section sit below the section's own heading; shown as strong lines so the page outline stays the protocol's.
      return (
        <p key={key} className="rich-subheading">
          <strong>{renderChildren(node)}</strong>
        </p>
      );
    }
    case 'bulletList':
      return <ul key={key}>{renderChildren(node)}</ul>;
    case 'orderedList': {
      // A list that runs on after text between its points starts at its own number, as the editor and the DOCX show it.
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? start : undefined}>
          {renderChildren(node)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{renderChildren(node)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node)}</blockquote>;
    case 'table':
      return (
        <div key={key} className="tableWrapper">
          <table>
            <tbody>{renderChildren(node)}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{renderChildren(node)}</tr>;
    case 'tableHeader':
      return <th key={key}>{renderChildren(node)}</th>;
    case 'tableCell':
      return <td key={key}>{renderChildren(node)}</td>;
    default:
      return <span key={key}>{renderChildren(node)}</span>;
  }
}

function renderText(node: RichNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'link') {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      out = (
        <span className="rich-link" title={href}>
          {out}
        </span>
      );
    }
  }
  return <span key={key}>{out}</span>;
}
