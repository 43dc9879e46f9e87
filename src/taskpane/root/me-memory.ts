/**
 * Who sits at this computer ("Saya adalah" in the SOP step), remembered by the browser the pane
 * runs in, not by the workbook: a master is passed between the Kasubag, the Kepala Bagian Umum and
 * the Sekretaris Daerah, and each of them opens it as themselves. Kept in `localStorage` under
 * Office's partition key where Office partitions storage (Excel on the web), as Office's guidance
 * on persisting add-in state asks; a browser that blocks storage just forgets.
 */

/** What the pane remembers of its user between openings. */
export interface MeMemory {
  /** The NIP stated last time on this computer, or "" when none (or storage is unavailable). */
  read(): string;
  /** Remembers `nip` ("" forgets). Never throws. */
  write(nip: string): void;
}

const KEY = "kertas-kerja-sakip.saya-adalah";
/** A NIP is 18 digits; anything else found under the key (another add-in, an edit by hand) is ignored. */
const NIP_LIKE = /^\d{8,20}$/;

/** The storage and key prefix of the page: null storage where the browser refuses it. */
export function meMemory(
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null,
  partition = "",
): MeMemory {
  const key = `${partition}${KEY}`;
  return {
    read() {
      try {
        const nip = storage?.getItem(key) ?? "";
        return NIP_LIKE.test(nip) ? nip : "";
      } catch {
        return "";
      }
    },
    write(nip) {
      try {
        if (nip === "") storage?.removeItem(key);
        else if (NIP_LIKE.test(nip)) storage?.setItem(key, nip);
      } catch {
        // storage full or blocked: the choice lasts for this opening only
      }
    },
  };
}

/** The running pane's memory: `window.localStorage` under `Office.context.partitionKey`. */
export function browserMeMemory(): MeMemory {
  let storage: Storage | null = null;
  let partition = "";
  try {
    storage = globalThis.localStorage ?? null;
    partition = typeof Office !== "undefined" ? (Office.context?.partitionKey ?? "") : "";
  } catch {
    storage = null; // reading localStorage itself throws where the browser blocks it
  }
  return meMemory(storage, partition);
}
