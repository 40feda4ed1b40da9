import { useState } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { routeHref } from '../shell/route.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { participantName } from '../committee/memberLine.ts';
import { readJsonField } from '../ui/readJsonField.ts';
import { exportApprovalPackage, importApprovalAnswer } from './approvalCommands.ts';
import { FileButton } from '../ui/FileButton.tsx';
import { approvalText } from '../../../shared/i18n/approval.da.ts';

type Props = {
  meeting: Meeting;
  /** The live committee: keys are registered there, after the protocol was frozen. */
  committee: Committee;
  state: MeetingState;
  onLogged(): void;
};

type Result = { ok: boolean; text: string };

/** The offline round: export the package for members' own Referent, import the signed answers they send back. */
export function RemoteRound({ meeting, committee, state, onLogged }: Props) {
  const t = approvalText.remote;
  const [busy, setBusy] = useState<'export' | 'import'>();
  const [result, setResult] = useState<Result>();
  const waiting = meeting.participants.filter(
    (p) => p.attendance === 'til_stede' && !meeting.approvals.some((a) => a.memberId === p.memberId),
  );
  const withoutKey = waiting.filter((p) => !committee.members.find((m) => m.id === p.memberId)?.publicKey);

  async function exportPackage() {
    setBusy('export');
    setResult(undefined);
    try {
      setResult({ ok: true, text: t.exported(await exportApprovalPackage(meeting)) });
      onLogged();
    } catch (e) {
      setResult({ ok: false, text: t.exportFailed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  async function importAnswer(text: string) {
    setBusy('import');
    setResult(undefined);
    try {
      await importApprovalAnswer(state, text);
      const memberId = readJsonField(text, 'memberId');
      const decision = readJsonField(text, 'decision');
      setResult({
        ok: true,
        text:
          memberId && (decision === 'godkendt' || decision === 'afvist')
            ? t.imported(participantName(committee, memberId), t.decisionWord[decision])
            : t.importedUnknown,
      });
    } catch (e) {
      setResult({ ok: false, text: t.importFailed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="card remote-round" aria-labelledby="remote-heading">
      <h2 id="remote-heading">{t.heading}</h2>
      <p className="remote-intro">{t.intro}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy !== undefined} onClick={() => void exportPackage()}>
          {busy === 'export' ? t.exporting : t.exportPackage}
        </button>
        <FileButton label={t.importAnswer} busy={busy === 'import'} busyLabel={t.importing} onText={(text) => void importAnswer(text)} />
      </div>
      {result && (
        <p className={result.ok ? 'action-ok' : 'action-error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      {withoutKey.length > 0 && (
        <p className="hint remote-keys">
          {t.missingKeys(withoutKey.map((p) => participantName(committee, p.memberId)).join(', '))}{' '}
          <a href={routeHref({ kind: 'committee', committeeId: committee.id })}>{t.committeeLink}</a>
        </p>
      )}
    </section>
  );
}
