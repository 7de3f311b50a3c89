// A keyset-paged list of one API (limit, cursor → next_cursor) as a desk table holds it: the
// rows of the page shown, the cursors back to the first page, and a load that says what failed.
import { ref, type Ref } from "vue";
import { ElMessage } from "element-plus";
import { problemText } from "../domain/words";

type Answer<T> = { data?: { items: T[]; next_cursor?: string | null }; error?: unknown };

export function usePaged<T>(fetch: (cursor: string | null) => Promise<Answer<T>>, failed: string) {
  const rows = ref([]) as Ref<T[]>;
  const loading = ref(false);
  const next = ref<string | null>(null);
  const cursors = ref<(string | null)[]>([null]);

  async function load(cursor: string | null = cursors.value[cursors.value.length - 1] ?? null) {
    loading.value = true;
    const { data, error } = await fetch(cursor);
    loading.value = false;
    if (error || !data) { ElMessage.error(problemText(error, failed)); return; }
    rows.value = data.items;
    next.value = data.next_cursor ?? null;
  }

  /** From the first page again (a filter changed). */
  function reset(): Promise<void> {
    cursors.value = [null];
    return load(null);
  }

  async function page(forward: boolean): Promise<void> {
    if (forward) cursors.value.push(next.value);
    else cursors.value.pop();
    await load();
  }

  return { rows, loading, next, cursors, load, reset, page };
}
