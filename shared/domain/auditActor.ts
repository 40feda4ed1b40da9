/**
 * The actor the audit log records for what the secretary did. A stored
 * identifier, not text: every existing audit.jsonl holds it inside its hash
 * chain, so it can never change (screens show their own word for it).
 */
// eslint-disable-next-line referent/no-danish-literals -- a stored identifier, not text
export const SECRETARY_ACTOR = 'sekretær';
