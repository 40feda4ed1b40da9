import type { ILevelsOptions, INumberingOptions } from 'docx';
import { AlignmentType, LevelFormat } from 'docx';

/** Word has nine list levels; deeper nesting is drawn at the last one rather than dropped. */
export const MAX_LIST_LEVEL = 8;

const LEVEL_INDENT = 425;
const HANGING = 340;

export function listIndent(level: number, extraLeft = 0): { left: number; hanging: number } {
  return { left: extraLeft + LEVEL_INDENT * (level + 1), hanging: HANGING };
}

const BULLETS = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function bulletLevels(): ILevelsOptions[] {
  return BULLETS.map((text, level) => ({
    level,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: listIndent(level) } },
  }));
}

// Each level shows only its own counter ("%2." not "%1.%2."), because every
// list node gets a numbering instance of its own and may sit at any depth.
function orderedLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: listIndent(level) } },
  }));
}

export type ListRef = { reference: string; instance: number };

/**
 * Hands out one numbering instance per list, so every ordered list in the
 * protocol counts from its own start instead of continuing the previous one.
 * docx writes a `startOverride` for each instance from its config's `start`,
 * so a list starting at 5 needs a config of its own.
 */
export class ListNumbering {
  private nextInstance = 1;
  private readonly starts = new Set<number>();

  bullet(): ListRef {
    return { reference: 'punktopstilling', instance: this.nextInstance++ };
  }

  ordered(start: number): ListRef {
    const safeStart = Number.isInteger(start) && start >= 0 && start < 100000 ? start : 1;
    this.starts.add(safeStart);
    return { reference: orderedReference(safeStart), instance: this.nextInstance++ };
  }

  options(): INumberingOptions {
    return {
      config: [
        { reference: 'punktopstilling', levels: bulletLevels() },
        ...[...this.starts].map((start) => ({ reference: orderedReference(start), levels: orderedLevels(start) })),
      ],
    };
  }
}

function orderedReference(start: number): string {
  return `nummerering-${start}`;
}
