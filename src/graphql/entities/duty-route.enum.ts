import { registerEnumType } from 'type-graphql';
import { DUTY_ROUTES, DutyRoute } from '../../services/entities/person-duties';

export type { DutyRoute };

export const DutyRouteEnum = Object.fromEntries(DUTY_ROUTES.map((route) => [route, route])) as { [K in DutyRoute]: K };

registerEnumType(DutyRouteEnum, {
  name: 'DutyRoute',
  description: 'How a duty reaches a person on a day.',
  valuesConfig: {
    POST: { description: 'A post the person holds is itself RESPONSIBLE_FOR the duty (owner: that post).' },
    OFFICE: { description: 'The office a post the person holds is IN is RESPONSIBLE_FOR the duty (owner: that office).' },
  },
});
