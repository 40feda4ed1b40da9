import { lazy, Suspense, useRef } from 'react';
import { AppDataContext } from '../data/AppDataContext.ts';
import { StoreReadOnlyContext } from '../data/StoreReadOnlyContext.ts';
import { useAppData } from '../data/useAppData.ts';
import { useStoreInfo } from '../data/useStoreInfo.ts';
import { useRoute } from './useRoute.ts';
import { AppHeader } from './AppHeader.tsx';
import { Sidebar } from './Sidebar.tsx';
import { WelcomeView } from './WelcomeView.tsx';
import { StoreNoticeBanner } from './StoreNoticeBanner.tsx';
import { useSyncStatus } from '../data/useSyncStatus.ts';
import { shellText } from '../../../shared/i18n/shell.da.ts';

// Each screen loads when first opened: the first screen carries neither the text editor nor the approval code.
const NewCommitteeView = lazy(async () => ({ default: (await import('../committee/NewCommitteeView.tsx')).NewCommitteeView }));
const CommitteeView = lazy(async () => ({ default: (await import('../committee/CommitteeView.tsx')).CommitteeView }));
const MeetingView = lazy(async () => ({ default: (await import('../meeting/MeetingView.tsx')).MeetingView }));
const MemberApprovalView = lazy(async () => ({ default: (await import('../member/MemberApprovalView.tsx')).MemberApprovalView }));
const ImportView = lazy(async () => ({ default: (await import('../import/ImportView.tsx')).ImportView }));
const SyncView = lazy(async () => ({ default: (await import('../sync/SyncView.tsx')).SyncView }));
const BackupsView = lazy(async () => ({ default: (await import('../backups/BackupsView.tsx')).BackupsView }));

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
              <Suspense fallback={null}>
              {route.kind === 'home' && <WelcomeView />}
              {route.kind === 'newCommittee' && <NewCommitteeView />}
              {route.kind === 'committee' && <CommitteeView key={route.committeeId} committeeId={route.committeeId} />}
              {route.kind === 'meeting' && <MeetingView key={route.meetingId} route={route} />}
              {route.kind === 'memberApproval' && <MemberApprovalView />}
              {route.kind === 'import' && <ImportView />}
              {route.kind === 'backups' && <BackupsView readOnly={readOnly} dataDir={store.info?.dataDir} />}
              {route.kind === 'sync' && <SyncView status={sync} />}
              </Suspense>
            </fieldset>
            </StoreReadOnlyContext>
          </main>
        </div>
      </div>
    </AppDataContext>
  );
}
