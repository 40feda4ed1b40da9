import { useRef } from 'react';
import { AppDataContext } from '../data/AppDataContext.ts';
import { StoreReadOnlyContext } from '../data/StoreReadOnlyContext.ts';
import { useAppData } from '../data/useAppData.ts';
import { useStoreInfo } from '../data/useStoreInfo.ts';
import { useRoute } from './useRoute.ts';
import { AppHeader } from './AppHeader.tsx';
import { Sidebar } from './Sidebar.tsx';
import { WelcomeView } from './WelcomeView.tsx';
import { NewCommitteeView } from '../committee/NewCommitteeView.tsx';
import { CommitteeView } from '../committee/CommitteeView.tsx';
import { MeetingView } from '../meeting/MeetingView.tsx';
import { MemberApprovalView } from '../member/MemberApprovalView.tsx';
import { BackupsView } from '../backups/BackupsView.tsx';
import { StoreNoticeBanner } from './StoreNoticeBanner.tsx';
import { SyncView } from '../sync/SyncView.tsx';
import { useSyncStatus } from '../data/useSyncStatus.ts';
import { shellText } from '../../../shared/i18n/shell.da.ts';

export function App() {
  const data = useAppData();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const store = useStoreInfo();
  const readOnly = store.info?.readOnly ?? false;
  const sync = useSyncStatus();

  return (
    <AppDataContext value={data}>
      <div className="app">
        {/* A button, not a #main link: the hash is the route. */}
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          {shellText.skipToContent}
        </button>
        <AppHeader sync={sync} />
        <div className="app-body">
          <Sidebar route={route} />
          <main className="app-main" id="main" ref={mainRef} tabIndex={-1}>
            <StoreNoticeBanner info={store.info} />
            {/* A disabled fieldset turns off every control below it at once; the banner says why. */}
            <StoreReadOnlyContext value={readOnly}>
            <fieldset className="read-only-frame" disabled={readOnly}>
              {route.kind === 'home' && <WelcomeView />}
              {route.kind === 'newCommittee' && <NewCommitteeView />}
              {route.kind === 'committee' && <CommitteeView key={route.committeeId} committeeId={route.committeeId} />}
              {route.kind === 'meeting' && <MeetingView key={route.meetingId} route={route} />}
              {route.kind === 'memberApproval' && <MemberApprovalView />}
              {route.kind === 'backups' && <BackupsView readOnly={readOnly} dataDir={store.info?.dataDir} />}
              {route.kind === 'sync' && <SyncView status={sync} />}
            </fieldset>
            </StoreReadOnlyContext>
          </main>
        </div>
      </div>
    </AppDataContext>
  );
}
