import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { PROJECT_ROOT } from '../project-root';

/**
 * The schema's releases and the changelog front-end teams read before upgrading.
 * schema/releases/vN.graphql is the SDL as published at version N; CHANGELOG.md's "Unreleased"
 * section must name (in backticks) every breaking change since the newest release, so a
 * breaking change can only land on purpose.
 */
export const RELEASES_DIR = path.join(PROJECT_ROOT, 'schema', 'releases');
export const CHANGELOG_FILE = path.join(PROJECT_ROOT, 'CHANGELOG.md');

export interface SchemaRelease {
  version: number;
  file: string;
}

export interface BreakingChange {
  /** The schema coordinate the change is about, e.g. `Owner.id` or `Query.changes.from`. */
  path: string;
  message: string;
}

export function newestRelease(dir = RELEASES_DIR): SchemaRelease {
  const releases = fs
    .readdirSync(dir)
    .map((name) => ({ match: /^v(\d+)\.graphql$/.exec(name), name }))
    .filter((entry): entry is { match: RegExpExecArray; name: string } => entry.match !== null)
    .map(({ match, name }) => ({ version: Number(match[1]), file: path.join(dir, name) }))
    .sort((a, b) => b.version - a.version);
  const newest = releases[0];
  if (!newest) throw new Error(`no release SDL (vN.graphql) in ${dir}`);
  return newest;
}

export async function breakingChanges(previousSdl: string, currentSdl: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(previousSdl), buildSchema(currentSdl));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }));
}

/** The "Unreleased" section of the changelog: from its heading to the next version heading. */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## Unreleased\b/m);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Breaking changes whose schema coordinate (or its type) the changelog's Unreleased section does not name. */
export function unlistedBreakingChanges(changes: BreakingChange[], changelog: string): BreakingChange[] {
  const named = new Set([...unreleasedSection(changelog).matchAll(/`([^`]+)`/g)].map((match) => match[1]));
  return changes.filter((change) => !coordinatesOf(change.path).some((coordinate) => named.has(coordinate)));
}

/** `Type.field.arg` is covered by naming itself, `Type.field` or `Type`. */
function coordinatesOf(changePath: string): string[] {
  const parts = changePath.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
