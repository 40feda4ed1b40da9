import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { protocolFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { committeeSchema, type Committee } from '../../../shared/domain/committee.ts';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { fixtureMeeting, GENERATED_AT, styledFixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { zipEntries } from './zipEntries.ts';

/**
 * Issue 12, point 5: everything the export prints is in the fingerprint. The
 * test walks every field of a fully dressed committee and meeting (logo, font,
 * votes, Sagsgang, absences, remarks, stedfortræder, closed items, postponed
 * items …), changes it, and builds the referat again: whenever the printed
 * document changes, the fingerprint must change too. Only what the approvals
 * themselves print is exempt, as it is covered by each approval's signature.
 */
// The meeting's id is not printed, but every signature covers it: changing it turns each approval to »Ikke godkendt«.
const SIGNED_NOT_FINGERPRINTED = [/^meeting\.id$/, /^meeting\.approvals/, /^meeting\.rejections/, /^committee\.members\.\d+\.(publicKey|keyVault|keyReason|keyRegisteredAt|retiredKeys)/];

const ENUM_POOL = ['til_stede', 'afbud', 'fravaerende', 'formand', 'naestformand', 'medlem', 'inhabil', 'forlod_moedet', 'deltog_ikke', 'kort', 'medUdvalgOgDato',
  'foerst', 'efterIndstilling', 'sidst', 'parti', 'personalesag', 'koeb_salg_fast_ejendom', 'andet', 'Calibri', 'Arial', 'Times New Roman', 'Georgia', 'tekst', 'beslutning',
  'orientering', 'droeftelse', 'perMoede', 'loebende', 'kladde', 'afholdt', 'godkendt', 'docx', 'pdf', 'referat', 'dagsorden'];

type Leaf = { path: (string | number)[]; kind: 'value' | 'body' | 'array' };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return [...(value.length ? [{ path, kind: 'array' as const }] : []), ...value.flatMap((v, i) => leaves(v, [...path, i]))];
  if (value && typeof value === 'object') {
    // A rich-text body is one field: changed as a whole.
    if ((value as { type?: unknown }).type === 'doc') return [{ path, kind: 'body' }];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, kind: 'value' }];
}

function setAt(root: unknown, path: (string | number)[], change: (old: unknown) => unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  node[last] = change(node[last]);
  return copy;
}

function candidates(old: unknown): unknown[] {
  if (typeof old === 'boolean') return [!old];
  if (typeof old === 'number') return [old + 1];
  if (typeof old !== 'string') return [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(old)) return [`${old.slice(0, 8)}${old[8] === '2' ? '1' : '2'}${old[9]}`];
  if (/^\d{2}:\d{2}$/.test(old)) return [`${old.slice(0, 3)}${old[3] === '1' ? '2' : '1'}${old[4]}`];
  if (old.startsWith('data:image/')) return [`${old.slice(0, -8)}AAAAAAA=`];
  return [`${old}x`, ...ENUM_POOL.filter((v) => v !== old)];
}

/** The printed document, without the ids Word needs but that differ from run to run. */
async function printed(committee: Committee, meeting: Meeting): Promise<string> {
  const entries = zipEntries(await buildReferatDocx({ committee, meeting, generatedAt: GENERATED_AT }));
  const hash = createHash('sha256');
  for (const [name, text] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    if (name.startsWith('docProps/')) continue;
    hash.update(name).update(text.replace(/\b(id|Id|r:id|r:embed|w:rsid\w*)="[^"]*"/g, '').replace(/media\/[^"]+/g, 'media'));
  }
  return hash.digest('hex');
}

describe('every printed field is in the fingerprint (point 5)', () => {
  it('changing any field the export prints changes the fingerprint; the logo and the font included', async () => {
    const styled = styledFixtureCommittee('Arial');
    // Every template setting that shapes the print set, so the walk reaches it.
    const committee: Committee = { ...styled, template: { ...styled.template, caseFlowPlacement: 'sidst', caseFlowSteps: ['Orientering', 'Indstilling', 'Beslutning', 'Høring'], tocItemNumbers: true } };
    const meeting = fixtureMeeting({ withSignatureItem: true, committee });
    const base = { committee, meeting };
    const basePrint = await printed(committee, meeting);
    expect(await printed(committee, meeting)).toBe(basePrint);
    const baseFingerprint = protocolFingerprint(committee, meeting);

    const uncovered: string[] = [];
    let fields = 0;
    let printedFields = 0;
    for (const leaf of leaves(base)) {
      const where = leaf.path.join('.');
      if (SIGNED_NOT_FINGERPRINTED.some((r) => r.test(where))) continue;
      const tries: unknown[] =
        leaf.kind === 'array' ? ['drop-last'] : leaf.kind === 'body' ? ['body'] : candidates(leaf.path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], base));
      for (const attempt of tries) {
        const next = setAt(base, leaf.path, (old) => (attempt === 'drop-last' ? (old as unknown[]).slice(0, -1) : attempt === 'body' ? docFromParagraphs('Ændret tekst') : attempt)) as typeof base;
        const c = committeeSchema.safeParse(next.committee);
        const m = meetingSchema.safeParse(next.meeting);
        if (!c.success || !m.success) continue;
        let print: string;
        try {
          print = await printed(c.data, m.data);
        } catch {
          continue;
        }
        fields += 1;
        if (print !== basePrint) {
          printedFields += 1;
          if (protocolFingerprint(c.data, m.data) === baseFingerprint) uncovered.push(`${where} (${leaf.kind === 'value' ? JSON.stringify(attempt).slice(0, 40) : leaf.kind})`);
        }
        break;
      }
    }
    console.log(`Felter ændret: ${fields}; ændrede det trykte referat: ${printedFields}; uden for fingeraftrykket: ${uncovered.length}`);
    expect(uncovered).toEqual([]);
    expect(printedFields).toBeGreaterThan(100);
  }, 600_000);
});
