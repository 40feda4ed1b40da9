import type { ProtocolChange } from '../../../shared/domain/protocolChanges.ts';

/** What changed, item by item: the item's label, then each change on its own line. */
export function ChangeList({ changes }: { changes: ProtocolChange[] }) {
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.label}>
          <span className="change-label">{change.label}</span>
          <ul>
            {change.changes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
