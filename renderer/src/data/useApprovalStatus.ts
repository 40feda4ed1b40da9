import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { ApprovalStatus } from '../../../shared/api/contract.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';

export type ApprovalStatusState = { status?: ApprovalStatus; reload(): Promise<void> };

/**
 * The protocol's integrity check and audit trail, as main computes them. Asked
 * again whenever the meeting changes, and after actions that only touch the log.
 */
export function useApprovalStatus(meeting: Meeting | undefined): ApprovalStatusState {
  const [status, setStatus] = useState<ApprovalStatus>();
  const meetingId = meeting?.id;
  const version = meeting?.updatedAt;

  const reload = useCallback(async () => {
    if (!meetingId) return;
    try {
      setStatus(await api.call('approvals.status', { meetingId }));
    } catch {
      // The check is advisory on screen; a failed call leaves the last answer, and the next change asks again.
    }
  }, [meetingId]);

  useEffect(() => {
    void reload();
  }, [reload, version]);

  return { status, reload };
}
