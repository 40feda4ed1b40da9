/** Real agendas have tens of items; a cap keeps a runaway import or script from producing an unprintable protocol. */
export const MAX_ITEMS_PER_MEETING = 500;
