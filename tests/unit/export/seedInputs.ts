import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { meetingFileSchema, rootFileSchema } from '../../../shared/domain/storeSchema.ts';
import type { ReferatAudience, ReferatVariant } from '../../../electron/core/export/exportOptions.ts';

export type Input = { committee: Committee; meeting: Meeting };
export type Combo = { variant: ReferatVariant; audience: ReferatAudience };

/** The four documents a meeting can be exported as. */
export const COMBOS: Combo[] = [
  { variant: 'referat', audience: 'fuld' },
  { variant: 'referat', audience: 'offentlig' },
  { variant: 'dagsorden', audience: 'fuld' },
  { variant: 'dagsorden', audience: 'offentlig' },
];

export const comboName = ({ variant, audience }: Combo): string => `${variant}-${audience}`;

/** The three real protocols the app ships as seeds, as stored (validated with the store's own schemas). */
export function seedInputs(): Record<string, Input> {
  const dir = join(import.meta.dirname, '../../../seeds');
  const { committees } = rootFileSchema.parse(JSON.parse(readFileSync(join(dir, 'referent.json'), 'utf8')));
  const inputs: Record<string, Input> = {};
  for (const file of readdirSync(join(dir, 'meetings')).filter((f) => f.endsWith('.json'))) {
    const { meeting } = meetingFileSchema.parse(JSON.parse(readFileSync(join(dir, 'meetings', file), 'utf8')));
    const committee = committees.find((c) => c.id === meeting.committeeId)!;
    inputs[`seed-${file.replace(/\.json$/, '')}`] = { committee: effectiveCommittee(committee, meeting), meeting };
  }
  return inputs;
}
