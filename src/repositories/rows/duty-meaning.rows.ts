import { z } from 'zod';
import { optionalText, text } from './common.rows';

/** A row of search/find-duties-to-embed: the texts a duty's meanings are made from. */
export const dutyToEmbedRow = z.strictObject({
  id: text,
  title: optionalText.transform((title) => title ?? ''),
  titleEn: optionalText,
  description: optionalText,
  descriptionEn: optionalText,
  keywords: z.array(text),
  listText: optionalText,
});

/** A row of search/find-duty-meanings: a meaning key the graph already holds with its vector. */
export const meaningKeyRow = z.strictObject({ key: text });
