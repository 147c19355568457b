import { registerEnumType } from 'type-graphql';
import { DUTY_FLAGS, DutyFlag } from '../../domain/audit-flags';

export type { DutyFlag };

export const DutyFlagEnum = Object.fromEntries(DUTY_FLAGS.map((flag) => [flag, flag])) as { [K in DutyFlag]: K };

registerEnumType(DutyFlagEnum, {
  name: 'DutyFlag',
  description: 'Something wrong with who answers for a duty on a day. A duty can carry several.',
  valuesConfig: {
    OVERLAP: { description: 'Two or more different lead owners (offices or posts).' },
    CROSSOVER: {
      description:
        'The duty and its parent are led by offices under different leaders in charge: no leadership post in charge of a lead office of the duty is in charge of a lead office of the parent. A post owner counts under the office it is IN; a leadership post that leads a duty itself is its own leader.',
    },
    BLANK: { description: 'No office or post leads the duty.' },
    VACANT: {
      description:
        'Lead owners exist but none is filled: nobody substantively holds a lead post, and no PRINCIPAL post of a lead office is substantively held. Acting holders do not fill a post (they are the first fallback).',
    },
    SELF_SUPERVISED: {
      description:
        'One person holds a lead post (or the lead office principal post) and also the leadership post in charge of that office: nobody else supervises the work. Acting holdings count.',
    },
  },
});
