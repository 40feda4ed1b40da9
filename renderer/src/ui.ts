import { da } from '../../shared/i18n/da.ts';

/** The renderer's texts; a short name because almost every component reads it. */
export const ui = da.ui;
