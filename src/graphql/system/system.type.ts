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

@ObjectType({ description: 'A sentence-embedding model duty search reads meanings with (offline, shipped by the build).' })
export class EmbeddingModelInfo {
  @Field({ description: 'zh or en: the language of the texts and questions it reads.' })
  language!: string;

  @Field({ description: 'The model, e.g. bge-small-zh-v1.5 (quantized).' })
  name!: string;

  @Field({ description: 'The Maven artifact the files come from, group:artifact:version.' })
  artifact!: string;

  @Field({ description: 'The artifact version.' })
  version!: string;

  @Field(() => Int, { description: 'Dimensions of its vectors.' })
  dimensions!: number;
}

@ObjectType({ description: 'The running service and its database.' })
export class ServiceInfo {
  @Field({ description: 'Version of the Dutygraph service.' })
  version!: string;

  @Field(() => DatabaseInfo, { description: 'The database the service reads.' })
  database!: DatabaseInfo;

  @Field(() => [EmbeddingModelInfo], { description: 'The models duty search embeds questions and duties with.' })
  embeddingModels!: EmbeddingModelInfo[];
}
