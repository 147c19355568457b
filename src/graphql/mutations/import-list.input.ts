import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, IsString } from 'class-validator';
import { DateScalar } from '../common/date.scalar';
import { BooleanField, IdField, TextField } from '../../dataset/records/fields';
import { NAME_MAX } from '../../dataset/records/dated-edge';
import { MAX_WORKBOOK_BYTES } from '../../dataset/list/list-upload';

const MIB = MAX_WORKBOOK_BYTES / (1024 * 1024);

/** importList(workbook, fileName, township, on, dryRun). */
@ArgsType()
export class ImportListArgs {
  @Field(() => String, {
    description: `The town's responsibility list workbook (.xlsx), base64-encoded (at most ${MIB} MiB before encoding; larger is refused with PAYLOAD_TOO_LARGE). Its shape is docs/dataset-format.md's, as \`npm run export -- --list\` writes it.`,
  })
  @IsString()
  workbook!: string;

  @Field(() => String, { nullable: true, description: 'The file name, as the problems and the change record name it (default list.xlsx).' })
  @TextField(NAME_MAX, { optional: true })
  fileName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The township the list is for; default: the one its title row names.' })
  @IdField({ optional: true })
  township?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the list states (its owners hold from then); default: the date in its title row.' })
  @IsOptional()
  on?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Check and report only: every problem, or what would be imported; nothing is written.' })
  @BooleanField({ optional: true })
  dryRun?: boolean | null;
}
