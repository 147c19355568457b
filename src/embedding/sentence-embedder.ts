import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { Tokenizer } from '@huggingface/tokenizers';
import { LRUCache } from 'lru-cache';
import { EmbeddingModel, modelsDirectory, rememberedQuestions } from './embedding-models';

/** bge reads at most 512 tokens; duty texts are far shorter. */
const MAX_TOKENS = 512;
/** Texts embedded per ONNX run (sorted by length first, so little padding is computed). */
const BATCH_SIZE = 16;

export class EmbeddingModelMissingError extends Error {
  override name = 'EmbeddingModelMissingError';
}

/**
 * One bge model in ONNX Runtime (CPU, one thread: the machine is shared) with its WordPiece
 * tokenizer: texts in, unit-length vectors out (the [CLS] token's hidden state, normalised, as bge
 * is trained).
 */
export class SentenceEmbedder {
  private constructor(
    readonly model: EmbeddingModel,
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
  ) {}

  static async load(model: EmbeddingModel, directory = modelsDirectory()): Promise<SentenceEmbedder> {
    const folder = path.join(directory, model.folder);
    const onnxFile = path.join(folder, `${model.folder}.onnx`);
    const tokenizerFile = path.join(folder, `${model.folder}-tokenizer.json`);
    for (const file of [onnxFile, tokenizerFile]) {
      if (!fs.existsSync(file)) {
        throw new EmbeddingModelMissingError(
          `the embedding model file ${file} is missing: build it with (cd neo4j-local && mvn -B -q package), or set EMBEDDING_MODELS_DIR`,
        );
      }
    }
    const tokenizer = new Tokenizer(JSON.parse(fs.readFileSync(tokenizerFile, 'utf8')), {});
    const session = await ort.InferenceSession.create(onnxFile, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      // A thread that spins after its run keeps a core busy that Neo4j and the event loop need: with
      // spinning off, whoIsResponsible's p50 at c=1 fell from 19.7/20.8/18.7 to 14.5/18.0/16.9 ms and its
      // c=8 throughput rose from 75/74/79 to 99/85/99 req/s (three interleaved bench rounds). Two
      // threads without spinning did no better (19.5/15.1/18.7 ms, 88/69/91 req/s).
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    });
    return new SentenceEmbedder(model, session, tokenizer);
  }

  /** Null when EMBEDDING_QUESTIONS_REMEMBERED is 0 (the benchmark's cold figures: every question through the model). */
  private readonly questions = questionCache(rememberedQuestions());

  /**
   * A question's vector, with the model's retrieval prefix. Remembered: one model run was about 4 ms of
   * CPU, most of a whoIsResponsible request's, and the same questions come back (the same model gives
   * the same vector for the same text).
   */
  async embedQuery(text: string): Promise<number[]> {
    const known = this.questions?.get(text);
    if (known) return [...known];
    const [vector] = await this.embed([`${this.model.queryPrefix}${text}`]);
    if (!vector) throw new Error('the embedder returned no vector');
    this.questions?.set(text, [...vector]);
    return vector;
  }

  /** Passages' vectors, in the order given. */
  async embed(texts: readonly string[]): Promise<number[][]> {
    const order = texts.map((text, index) => ({ index, ids: this.tokenIds(text) })).sort((a, b) => a.ids.length - b.ids.length);
    const vectors: number[][] = new Array(texts.length);
    for (let start = 0; start < order.length; start += BATCH_SIZE) {
      const batch = order.slice(start, start + BATCH_SIZE);
      const batchVectors = await this.run(batch.map((item) => item.ids));
      batch.forEach((item, position) => {
        vectors[item.index] = batchVectors[position] as number[];
      });
    }
    return vectors;
  }

  private tokenIds(text: string): number[] {
    const ids = this.tokenizer.encode(text.toLowerCase()).ids;
    return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids[ids.length - 1] as number];
  }

  private async run(batch: number[][]): Promise<number[][]> {
    const rows = batch.length;
    const width = Math.max(...batch.map((ids) => ids.length));
    const inputIds = new BigInt64Array(rows * width);
    const attention = new BigInt64Array(rows * width);
    batch.forEach((ids, row) => {
      ids.forEach((id, column) => {
        inputIds[row * width + column] = BigInt(id);
        attention[row * width + column] = 1n;
      });
    });
    const dims = [rows, width];
    const output = await this.session.run({
      input_ids: new ort.Tensor('int64', inputIds, dims),
      attention_mask: new ort.Tensor('int64', attention, dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(rows * width), dims),
    });
    const hidden = output.last_hidden_state;
    if (!hidden) throw new Error('the model has no last_hidden_state output');
    const size = hidden.dims[2] ?? 0;
    const data = hidden.data as Float32Array;
    return batch.map((_, row) => {
      const cls = data.subarray(row * width * size, row * width * size + size);
      const norm = Math.hypot(...cls) || 1;
      return Array.from(cls, (value) => value / norm);
    });
  }
}

function questionCache(max: number): LRUCache<string, readonly number[]> | null {
  return max > 0 ? new LRUCache<string, readonly number[]>({ max }) : null;
}
