import { useState } from 'react';
import type { Participant } from '../../../shared/domain/meeting.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

type Substitute = NonNullable<Participant['substitute']>;
type Props = { memberName: string; substitute: Substitute | null; onSave(substitute: Substitute | null): void };

/**
 * The stedfortræder for an absent member: name and party or title. Saved when
 * the field is left, so typing a name is not a save per keystroke.
 */
export function SubstituteField({ memberName, substitute, onSave }: Props) {
  const t = meetingText.substitutes;
  const [editing, setEditing] = useState(substitute !== null);
  const [name, setName] = useState(substitute?.name ?? '');
  const [label, setLabel] = useState(substitute?.label ?? '');

  function commit(nextName = name, nextLabel = label) {
    const trimmed = nextName.trim();
    const next = trimmed ? { name: trimmed, label: nextLabel.trim() } : null;
    if (next?.name === substitute?.name && next?.label === substitute?.label) return;
    if (!next && !substitute) return;
    onSave(next);
  }

  if (!editing) {
    return (
      <button type="button" className="button small quiet" aria-label={t.addSubstitute(memberName)} onClick={() => setEditing(true)}>
        {t.addSubstituteShort}
      </button>
    );
  }
  return (
    <div className="substitute-field">
      <input
        type="text"
        aria-label={t.substituteName(memberName)}
        placeholder={t.substituteNamePlaceholder}
        value={name}
        maxLength={200}
        autoFocus={substitute === null}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => commit()}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      />
      <input
        type="text"
        className="substitute-label"
        aria-label={t.substituteLabel(memberName)}
        placeholder={t.substituteLabelPlaceholder}
        value={label}
        maxLength={200}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={() => commit()}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      />
      <button
        type="button"
        className="icon-button danger"
        aria-label={t.removeSubstitute(memberName)}
        title={t.removeSubstitute(memberName)}
        onClick={() => {
          setName('');
          setLabel('');
          setEditing(false);
          if (substitute) onSave(null);
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
