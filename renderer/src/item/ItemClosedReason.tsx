import { useState } from 'react';
import { CLOSED_REASON_GROUNDS, type AgendaItem, type ClosedReason } from '../../../shared/domain/meeting.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { cancelItemField, flushItemField, saveItemField, scheduleItemField, type ItemRef } from './itemCommands.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';

type Props = { itemRef: ItemRef; item: AgendaItem; locked: boolean };
type Ground = ClosedReason['ground'];

/** Why a closed item is closed: one of the usual grounds, or »andet« with the secretary's own words. */
export function ItemClosedReason({ itemRef, item, locked }: Props) {
  const t = itemText.closedReason;
  const [ground, setGround] = useState<Ground | ''>(item.closedReason?.ground ?? '');
  const [text, setText] = useState(item.closedReason?.ground === 'andet' ? item.closedReason.text : '');
  const [error, setError] = useState<string>();
  const saveError = useFieldSaveError(saveKeys.itemField(item.id, 'closedReason'));

  function changeGround(value: Ground | '') {
    setGround(value);
    setError(undefined);
    if (value === '') return void saveItemField(itemRef, 'closedReason', { closedReason: null }).catch(() => undefined);
    if (value === 'andet') {
      // »Andet« needs its words before it can be stored; the last stored ground stays until then.
      if (text.trim() === '') return setError(itemText.closedReasonOtherRequired);
      return void saveItemField(itemRef, 'closedReason', { closedReason: { ground: 'andet', text } }).catch(() => undefined);
    }
    void saveItemField(itemRef, 'closedReason', { closedReason: { ground: value, text: '' } }).catch(() => undefined);
  }

  function changeText(value: string) {
    setText(value);
    if (value.trim() === '') {
      setError(itemText.closedReasonOtherRequired);
      return cancelItemField(itemRef, 'closedReason');
    }
    setError(undefined);
    scheduleItemField(itemRef, 'closedReason', { closedReason: { ground: 'andet', text: value } });
  }

  const message = error ?? saveError;
  return (
    <div className="field field-grow closed-reason">
      <label htmlFor="item-closed-reason">{t.label}</label>
      <select id="item-closed-reason" value={ground} disabled={locked} aria-describedby="item-closed-reason-hint" onChange={(event) => changeGround(event.target.value as Ground | '')}>
        <option value="">{t.none}</option>
        {CLOSED_REASON_GROUNDS.map((g) => (
          <option key={g} value={g}>
            {recordText.closedReasons[g]}
          </option>
        ))}
      </select>
      {ground === 'andet' && (
        <>
          <label htmlFor="item-closed-reason-text">{t.other}</label>
          <input
            id="item-closed-reason-text"
            type="text"
            value={text}
            maxLength={500}
            disabled={locked}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? 'item-closed-reason-error' : undefined}
            onChange={(event) => changeText(event.target.value)}
            onBlur={() => void flushItemField(itemRef, 'closedReason')}
          />
        </>
      )}
      <p className="hint" id="item-closed-reason-hint">
        {t.hint}
      </p>
      <FieldError id="item-closed-reason-error" message={message} />
    </div>
  );
}
