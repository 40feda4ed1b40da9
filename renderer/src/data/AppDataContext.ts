import { createContext, useContext } from 'react';
import type { AppData } from './useAppData.ts';

export const AppDataContext = createContext<AppData | null>(null);

export function useAppDataContext(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('AppDataContext mangler');
  return data;
}
