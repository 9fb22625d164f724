// The texts of kept statistics this process has read, with the versions they were computed at, up to a number
// of characters: the least recently used go first. Only lib/stats/cache-reads.ts uses it, and only after the
// database has said which versions are current.
export interface KeptText {
  version: number;
  globalVersion: number;
  text: string;
}

export class KeptTexts {
  private readonly entries = new Map<string, KeptText>();
  private size = 0;

  constructor(private readonly maxChars: number) {}

  get(sessionId: string, key: string): KeptText | undefined {
    const id = `${sessionId}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry) {
      // Map keeps insertion order: moving the entry to the end marks it as the most recently used.
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  set(sessionId: string, key: string, entry: KeptText) {
    const id = `${sessionId}\u0000${key}`;
    const old = this.entries.get(id);
    if (old) this.size -= old.text.length;
    this.entries.delete(id);
    if (entry.text.length > this.maxChars) return;
    this.entries.set(id, entry);
    this.size += entry.text.length;
    for (const [oldest, value] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= value.text.length;
    }
  }

  get chars() {
    return this.size;
  }
}
