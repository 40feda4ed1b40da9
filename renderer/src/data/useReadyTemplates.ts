import { useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { ReadyTemplate } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/errorMessage.ts';

/** The ready templates a new committee can start from, asked once; `error` is the Danish reason when they could not be had. */
export function useReadyTemplates(): { templates: ReadyTemplate[]; error?: string } {
  const [templates, setTemplates] = useState<ReadyTemplate[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api.call('templates.list', {}).then(
      (list) => live && setTemplates(list),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { templates, error };
}
