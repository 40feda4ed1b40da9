import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { AgendaItem, Attachment, Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { addAttachmentFile, openAttachment, saveItemField, type ItemRef } from './itemCommands.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';

type Props = { meeting: Meeting; item: AgendaItem; state: MeetingState; locked: boolean };

/**
 * The browser host takes requests up to 25 MB, and base64 makes a file a third
 * larger: 18 MB of file is the most that fits with room for the request around it.
 */
export const MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024;

type Meta = { id?: string; name: string; closed: boolean };
const metaOf = (a: Attachment): Meta => ({ id: a.id, name: a.name, closed: a.closed });

export function ItemAttachments({ meeting, item, state, locked }: Props) {
  const t = itemText.attachments;
  const id = useId();
  const ref: ItemRef = { meetingId: meeting.id, itemId: item.id, state };
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const [messages, setMessages] = useState<string[]>([]);
  const [info, setInfo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();

  /** Every metadata change sends the whole list; files stay with their ids on the server. */
  async function saveList(next: Meta[]) {
    setMessages([]);
    try {
      await saveItemField(ref, 'attachments', { attachments: next });
    } catch (error) {
      setMessages([t.failed(errorMessage(error))]);
    }
  }

  async function addFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared at once, so picking the same file again fires again.
    event.target.value = '';
    if (files.length === 0) return;
    const problems: string[] = [];
    setBusy(true);
    setInfo(undefined);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        problems.push(t.tooLarge(file.name, MAX_ATTACHMENT_BYTES / 1024 / 1024));
        continue;
      }
      if (file.size === 0) {
        problems.push(t.emptyFile(file.name));
        continue;
      }
      try {
        await addAttachmentFile(ref, file);
      } catch (error) {
        problems.push(t.failed(errorMessage(error)));
      }
    }
    setMessages(problems);
    setBusy(false);
  }

  function addTitle(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    if (title.trim() === '') {
      setTitleError(t.nameRequired);
      return;
    }
    setTitleError(undefined);
    void saveList([...item.attachments.map(metaOf), { name: title.trim(), closed: false }]).then(() => setTitle(''));
  }

  async function open(attachment: Attachment) {
    setMessages([]);
    setInfo(undefined);
    try {
      // Electron opens it in the system viewer; a browser gets the file as a download; a program is only saved.
      const opened = await openAttachment(ref, attachment);
      if (opened.kind === 'opened') setInfo(t.opened(attachment.name));
      else if (opened.kind === 'saved') setInfo(opened.message);
    } catch (error) {
      setMessages([t.openFailed(errorMessage(error))]);
    }
  }

  function commitRename(attachment: Attachment) {
    if (!renaming) return;
    const name = renaming.name.trim();
    if (name === '') {
      setMessages([t.nameRequired]);
      return;
    }
    setRenaming(undefined);
    if (name === attachment.name) return;
    void saveList(item.attachments.map((a) => (a.id === attachment.id ? { ...metaOf(a), name } : metaOf(a))));
  }

  return (
    <section className="section attachments" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h3 className="section-heading" id={`${id}-heading`}>
          {t.heading}
        </h3>
      </div>
      {item.attachments.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul className="attachment-list" aria-label={t.listLabel}>
          {item.attachments.map((a) => (
            <li key={a.id} className={a.closed ? 'attachment closed' : 'attachment'} data-attachment-id={a.id} tabIndex={-1}>
              {renaming?.id === a.id ? (
                <form
                  className="attachment-rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    commitRename(a);
                  }}
                >
                  <input
                    type="text"
                    aria-label={t.nameLabel(a.name)}
                    value={renaming.name}
                    maxLength={500}
                    autoFocus
                    onChange={(event) => setRenaming({ id: a.id, name: event.target.value })}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') {
                        event.preventDefault();
                        setRenaming(undefined);
                      }
                    }}
                  />
                  <button type="submit" className="button small primary">
                    {t.save}
                  </button>
                  <button type="button" className="button small quiet" onClick={() => setRenaming(undefined)}>
                    {t.cancel}
                  </button>
                </form>
              ) : (
                <span className="attachment-name">
                  <span className="attachment-title">{a.name}</span>
                  <span className="attachment-meta">
                    {a.file ? t.size(a.file.size) : t.noFile}
                    {a.closed && <span className="badge closed">{t.closedBadge}</span>}
                  </span>
                </span>
              )}
              <span className="attachment-tools">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={a.closed}
                    disabled={locked}
                    aria-label={t.closedLabel(a.name)}
                    onChange={(event) => void saveList(item.attachments.map((x) => (x.id === a.id ? { ...metaOf(x), closed: event.target.checked } : metaOf(x))))}
                  />
                  <span aria-hidden="true">{t.closed}</span>
                </label>
                {a.file && (
                  <button type="button" className="button small" aria-label={t.openLabel(a.name)} onClick={() => void open(a)}>
                    {t.open}
                  </button>
                )}
                {!locked && renaming?.id !== a.id && (
                  <button type="button" className="button small quiet" aria-label={t.renameLabel(a.name)} onClick={() => setRenaming({ id: a.id, name: a.name })}>
                    {t.rename}
                  </button>
                )}
                {!locked && (
                  <button
                    type="button"
                    className="button small quiet danger-text"
                    aria-label={t.removeLabel(a.name)}
                    onClick={() => void saveList(item.attachments.filter((x) => x.id !== a.id).map(metaOf))}
                  >
                    {t.remove}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <div className="attachment-add">
          <span className={busy ? 'button small file-button busy' : 'button small file-button'}>
            <input id={`${id}-files`} type="file" multiple className="file-input" aria-label={t.addFilesLabel} disabled={busy} onChange={(event) => void addFiles(event)} />
            <label htmlFor={`${id}-files`}>{busy ? t.uploading : t.addFiles}</label>
          </span>
          <form className="attachment-title-form" onSubmit={addTitle} noValidate>
            <label htmlFor={`${id}-title`}>{t.titleOnly}</label>
            <input
              id={`${id}-title`}
              type="text"
              value={title}
              maxLength={500}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${id}-title-error` : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
            <button type="submit" className="button small">
              {t.addTitle}
            </button>
            {titleError && (
              <p className="field-error" id={`${id}-title-error`} role="alert">
                {titleError}
              </p>
            )}
          </form>
        </div>
      )}
      {messages.map((m) => (
        <p key={m} className="action-error" role="alert">
          {m}
        </p>
      ))}
      {info && (
        <p className="action-ok" role="status">
          {info}
        </p>
      )}
    </section>
  );
}
