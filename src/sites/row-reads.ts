/**
 * Per-row parse results kept across passes, so a pass re-reads only rows that changed since the last one.
 * The page screener owns one and invalidates it from mutation records; adapters call `read` for each row.
 * Without one (`extract(root, url)`), adapters parse every row, as fixture tests expect.
 */
export interface RowReads {
  /**
   * `parse(row)` from an earlier pass when the row was not touched since and `fresh(value)` still holds
   * (a cheap check of attributes mutation records do not cover); otherwise parses now. Returns undefined
   * when the pass's time budget is spent: the caller stops there and the screener continues next frame.
   */
  read<T>(row: Element, parse: (row: Element) => T, fresh?: (value: T) => boolean): { value: T } | undefined;
}

export interface RowReadCache extends RowReads {
  /** Starts a pass that may parse rows for `budgetMs` from its first parse (Infinity: no limit). */
  begin(budgetMs: number): void;
  /** Whether the last pass stopped at its budget with rows left to parse. */
  readonly deferred: boolean;
  /** Whether the row has a cached read (it was parsed and not touched since). */
  has(row: Element): boolean;
  /** Drops cached reads of every row that contains one of these nodes (mutation record targets). */
  invalidate(nodes: Iterable<Node>): void;
  clear(): void;
}

/** Rows a pass always parses, however long the rest of it took, so a slow page still makes progress (few: a row
 * parsed by code not yet compiled can take a millisecond). */
const MIN_ROWS_PER_PASS = 8;

export function createRowReadCache(now: () => number = () => performance.now()): RowReadCache {
  let entries = new WeakMap<Node, { value: unknown }>();
  let budget = Infinity;
  let deadline = Infinity;
  let deferred = false;
  let parsed = 0;
  return {
    read<T>(row: Element, parse: (row: Element) => T, fresh?: (value: T) => boolean) {
      const hit = entries.get(row) as { value: T } | undefined;
      if (hit && (!fresh || fresh(hit.value))) return hit;
      if (deferred) return undefined;
      // The budget counts parsing only, from the first row parsed: a pass's fixed cost must not starve it.
      if (parsed === 0 && budget !== Infinity) deadline = now() + budget;
      else if (parsed >= MIN_ROWS_PER_PASS && now() > deadline) {
        deferred = true;
        return undefined;
      }
      parsed++;
      const entry = { value: parse(row) };
      entries.set(row, entry);
      return entry;
    },
    begin(budgetMs) {
      deferred = false;
      parsed = 0;
      budget = budgetMs;
      deadline = Infinity;
    },
    get deferred() {
      return deferred;
    },
    has(row) {
      return entries.has(row);
    },
    invalidate(nodes) {
      // Ancestors shared by many records are walked once per call.
      const seen = new Set<Node>();
      for (const node of nodes) {
        for (let n: Node | null = node; n && !seen.has(n); n = n.parentNode) {
          seen.add(n);
          entries.delete(n);
        }
      }
    },
    clear() {
      entries = new WeakMap();
    },
  };
}
