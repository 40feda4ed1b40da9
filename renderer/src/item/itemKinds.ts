import type { ItemKind } from '../../../shared/domain/committee.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';

/** Beslutning, Orientering, Drøftelse: the kinds an item can be, in the order the pickers offer them. */
export const ITEM_KINDS = Object.keys(itemText.kinds) as ItemKind[];

export function itemKindLabel(kind: ItemKind): string {
  return itemText.kinds[kind];
}
