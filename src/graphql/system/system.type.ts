import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes of one label the graph holds.' })
export class LabelCount {
  @Field({ description: 'A node label, e.g. Duty.' })
  label!: string;

  @Field(() => Int, { description: 'Number of nodes with that label.' })
  count!: number;
}

@ObjectType({ description: 'The Neo4j server behind the service.' })
export class DatabaseInfo {
  @Field({ description: 'Product name reported by the server.' })
  name!: string;

  @Field({ description: 'Server version, e.g. 5.26.12.' })
  version!: string;

  @Field({ description: 'community or enterprise.' })
  edition!: string;

  @Field(() => [LabelCount], { description: 'Node counts per domain label.' })
  counts!: LabelCount[];
}

@ObjectType({ description: 'The running service and its database.' })
export class ServiceInfo {
  @Field({ description: 'Version of the Dutygraph service.' })
  version!: string;

  @Field(() => DatabaseInfo, { description: 'The database the service reads.' })
  database!: DatabaseInfo;
}
