import { EMBEDDING_MODELS, EmbeddingLanguage } from './embedding-models';
import { SentenceEmbedder } from './sentence-embedder';

/** Both models, loaded once per process (like the driver): about 0.3 s and 150 MiB. */
export interface Embedders {
  zh: SentenceEmbedder;
  en: SentenceEmbedder;
}

let loading: Promise<Embedders> | null = null;

export function sharedEmbedders(): Promise<Embedders> {
  loading ??= (async () => {
    const [zh, en] = await Promise.all([SentenceEmbedder.load(EMBEDDING_MODELS.zh), SentenceEmbedder.load(EMBEDDING_MODELS.en)]);
    return { zh, en };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export interface TextToEmbed {
  key: string;
  language: EmbeddingLanguage;
  text: string;
}

/** Vectors for texts, each distinct key embedded once, by its language's model. */
export async function embedTexts(texts: readonly TextToEmbed[], embedders?: Embedders): Promise<Map<string, number[]>> {
  const distinct = [...new Map(texts.map((text) => [text.key, text])).values()];
  const vectors = new Map<string, number[]>();
  if (distinct.length === 0) return vectors;
  const models = embedders ?? (await sharedEmbedders());
  for (const language of ['zh', 'en'] as const) {
    const batch = distinct.filter((text) => text.language === language);
    if (batch.length === 0) continue;
    const embedded = await models[language].embed(batch.map((text) => text.text));
    batch.forEach((text, index) => vectors.set(text.key, embedded[index] as number[]));
  }
  return vectors;
}
