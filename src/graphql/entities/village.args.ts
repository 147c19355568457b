import { VillageKindEnum } from '../common/enums';
import { ArgsType, Field } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { VILLAGE_KINDS } from '../../dataset/records/enums';
import { EntityListArgs, sortEnum } from './entity.args';

export const VillageSortFieldEnum = sortEnum('VillageSortField', 'villages', {
  ID: 'The village id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  KIND: 'The kind (ADMINISTRATIVE, RESIDENTIAL).',
});
export type VillageSortField = keyof typeof VillageSortFieldEnum;

@ArgsType()
export class VillageListArgs extends EntityListArgs {
  @Field(() => VillageKindEnum, { nullable: true, description: `Only villages of this kind: ${VILLAGE_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn([...VILLAGE_KINDS])
  kind?: string | null;

  @Field(() => VillageSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: VillageSortField = 'ID';
}
