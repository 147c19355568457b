import { EntityRef, entityType, EntityType } from './entity-type-registry';
import { Protected } from '../common/protected';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Connection } from '../common/pagination';
import { Candidacy, DefinedDuty } from './entity-refs.type';
import { Node } from './node.type';

@EntityType('Document')
@ObjectType({
  implements: Node,
  description: 'A rule or plan that defines posts or duties, with the duties it defines.',
})
export class Document {
  @Field(() => ID, { description: 'The document id.' })
  id!: string;

  @Field(() => String, { description: 'The official title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title.' })
  titleEn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was issued, when recorded.' })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued it, when recorded.' })
  issuer!: string | null;

  /** The day the statement answered for: not a field (each day field takes its own `asOf`, docs/front-end-contract.md). */
  asOf!: string;

  @Field(() => entityType('Township'), { nullable: true, description: 'The township it is IN, if any.' })
  township!: EntityRef | null;

  @Field(() => [DefinedDuty], { description: 'The duties DEFINED_BY it, with their clauses, by duty id.' })
  duties!: DefinedDuty[];

  @Protected('holdings')
  @Field(() => [Candidacy], { nullable: true, description: 'Candidates of the competitive selection it ran (CANDIDATE_FOR), by day. Staff role and above.' })
  candidates!: Candidacy[];
}

export const DocumentConnection = Connection(Document, 'Document');
