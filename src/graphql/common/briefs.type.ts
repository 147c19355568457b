import { DutyCategoryEnum, OfficeKindEnum, PartyOrganizationKindEnum, PostLevelEnum, PostRankEnum, VillageKindEnum } from './enums';
import { Protected } from './protected';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The small named references many answers share (an office, a post, a person by id and name …),
 * in one place so every question names things the same way.
 */

@ObjectType({ description: 'A township named by id.' })
export class TownshipBrief {
  @Field(() => ID, { description: 'The township id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'An office named by id.' })
export class OfficeBrief {
  @Field(() => ID, { description: 'The office id, e.g. office:party-affairs.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'An office named by id, with its kind.' })
export class OfficeSummary extends OfficeBrief {
  @Field(() => OfficeKindEnum, { nullable: true, description: 'OFFICE, BUREAU or SUB_DISTRICT_OFFICE.' })
  kind!: string | null;
}

@ObjectType({ description: 'A post named by id, with its level and rank.' })
export class PostBrief {
  @Field(() => ID, { description: 'The post id, e.g. post:deputy-party-secretary.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PostRankEnum, { nullable: true, description: 'PRINCIPAL, DEPUTY or MEMBER.' })
  rank!: string | null;

  @Field(() => PostLevelEnum, { nullable: true, description: 'LEADERSHIP, MIDDLE, VILLAGE_COMMITTEE, RESIDENT_CADRE, STATION_HEAD or STAFF.' })
  level!: string | null;
}

@ObjectType({ description: 'A person, as named on the posts they hold. Names need the staff role.' })
export class HolderPerson {
  @Field(() => ID, { description: 'The person id.' })
  id!: string;

  @Protected('identity')
  @Field(() => String, { nullable: true, description: 'The name (personal data: staff role and above).' })
  name!: string | null;

  @Protected('identity')
  @Field(() => String, { nullable: true, description: 'The English name (personal data: staff role and above).' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A village named by id, with its kind.' })
export class VillageSummary {
  @Field(() => ID, { description: 'The village id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => VillageKindEnum, { nullable: true, description: 'ADMINISTRATIVE or RESIDENTIAL.' })
  kind!: string | null;
}

@ObjectType({ description: 'A grassroots station of a city department, named by id.' })
export class StationBrief {
  @Field(() => ID, { description: 'The station id, e.g. station:land.' })
  id!: string;

  @Field(() => String, { description: 'The official name, e.g. 国土所.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name, e.g. Land Station.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A city functional department that runs stations, named by id.' })
export class DepartmentBrief {
  @Field(() => ID, { description: 'The department id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A party organisation: the town party committee, a branch, a department party committee or a higher-level one.' })
export class PartyOrganizationBrief {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;

  @Field(() => String, { description: 'The official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name.' })
  nameEn!: string | null;

  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: 'TOWN_COMMITTEE, BRANCH, DEPARTMENT_COMMITTEE or HIGHER_LEVEL.' })
  kind!: string | null;
}

@ObjectType({ description: 'A duty named by id and title.' })
export class DutyBrief {
  @Field(() => ID, { description: 'The duty id, e.g. duty:village-organisation-construction.' })
  id!: string;

  @Field(() => String, { description: 'The official title (Chinese in the sample).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title, when there is one.' })
  titleEn!: string | null;

  @Field(() => DutyCategoryEnum, { nullable: true, description: 'BASIC, ASSISTING or HIGHER_LEVEL (a matter handled above the town).' })
  category!: string | null;
}

@ObjectType({ description: 'A document that defines duties or posts.' })
export class DocumentBrief {
  @Field(() => ID, { description: 'The document id.' })
  id!: string;

  @Field(() => String, { description: 'The official title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title.' })
  titleEn!: string | null;
}
