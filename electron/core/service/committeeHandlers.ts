import type { ApiHandlers, MemberInput } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { committeeSchema, defaultTemplate, type Member } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { READY_TEMPLATES } from '../../../shared/domain/templates.ts';
import { da } from '../../../shared/i18n/da.ts';
import { keyFieldsOf } from '../../../shared/domain/signerKeys.ts';
import type { ServiceContext } from './serviceContext.ts';

type CommitteeChannels = 'committees.list' | 'committees.create' | 'committees.update' | 'committees.copyTemplate' | 'templates.list';

/**
 * Committees, their members and their templates. A committee holds its own
 * copy of its template: editing it shapes future meetings only, because items
 * take their sections from the template when they are made.
 */
export function createCommitteeHandlers(ctx: ServiceContext): Pick<ApiHandlers, CommitteeChannels> {
  const { store, committeeOrThrow, now } = ctx;

  // A registered key belongs to the member, not to the form that edits names: saving the committee must keep it.
  const toMembers = (inputs: MemberInput[], existing: Member[]): Member[] =>
    inputs.map((m) => {
      const kept = m.id ? existing.find((e) => e.id === m.id) : undefined;
      return {
        id: kept ? kept.id : newId(),
        name: m.name.trim(),
        label: (m.label ?? '').trim(),
        role: m.role ?? 'medlem',
        ...keyFieldsOf(kept),
      };
    });

  return {
    async 'committees.list'() {
      return store.committees();
    },

    async 'templates.list'() {
      return READY_TEMPLATES;
    },

    'committees.create'(req) {
      return store.transaction((tx) => {
        const ready = req.templateId ? READY_TEMPLATES.find((t) => t.id === req.templateId) : undefined;
        if (req.templateId && !ready) throw new ReferentError('ikke_fundet', da.errors.templateNotFound);
        const committee = committeeSchema.parse({
          id: newId(),
          name: req.name,
          members: toMembers(req.members, []),
          template: structuredClone(ready?.template ?? defaultTemplate()),
          createdAt: now(),
        });
        tx.putCommittee(committee);
        return committee;
      });
    },

    'committees.update'(req) {
      return store.transaction((tx) => {
        const current = committeeOrThrow(req.committeeId);
        const next = committeeSchema.parse({
          ...current,
          name: req.name ?? current.name,
          members: req.members ? toMembers(req.members, current.members) : current.members,
          template: req.template ?? current.template,
        });
        tx.putCommittee(next);
        return next;
      });
    },

    'committees.copyTemplate'(req) {
      return store.transaction((tx) => {
        const from = committeeOrThrow(req.fromCommitteeId);
        const to = committeeOrThrow(req.toCommitteeId);
        const next = committeeSchema.parse({ ...to, template: structuredClone(from.template) });
        tx.putCommittee(next);
        return next;
      });
    },
  };
}
