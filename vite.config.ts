import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspHashPlugin } from './scripts/cspHashPlugin.ts';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspHashPlugin()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
