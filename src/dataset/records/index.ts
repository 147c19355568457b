export * from './enums';
export * from './dated-edge';
// The label record classes (`<label>.record.ts`) are imported from their own files; dataset.record.ts loads them all.
export * from './dataset.record';
