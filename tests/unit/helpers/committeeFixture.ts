import type { ApiHandlers } from '../../../shared/api/contract.ts';

/** A small committee with a formand, a næstformand and one member, made through the service. */
export async function createCommittee(service: ApiHandlers) {
  return service['committees.create']({
    name: 'Organisations- og Beredskabsudvalget',
    members: [
      { name: 'Holger Mikkelsen', label: 'A', role: 'formand' },
      { name: 'Finn Lykkeskov', label: 'V', role: 'naestformand' },
      { name: 'Svend Brandt', label: 'O', role: 'medlem' },
    ],
  });
}
