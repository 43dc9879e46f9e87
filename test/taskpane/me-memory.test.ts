import { meMemory } from "../../src/taskpane/root/me-memory";

/** A Storage over a Map, as the browser's (strings in, strings or null out). */
function mapStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const NIP = "197805122005011003";

describe("the remembered 'Saya adalah'", () => {
  it("gives back the NIP stated last, and forgets it on ''", () => {
    const storage = mapStorage();
    const memory = meMemory(storage);
    expect(memory.read()).toBe("");
    memory.write(NIP);
    expect(meMemory(storage).read()).toBe(NIP); // a later opening
    memory.write("");
    expect(memory.read()).toBe("");
    expect(storage.map.size).toBe(0);
  });

  it("keeps one NIP per Office storage partition", () => {
    const storage = mapStorage();
    meMemory(storage, "partisi-a").write(NIP);
    expect(meMemory(storage, "partisi-b").read()).toBe("");
    expect(meMemory(storage, "partisi-a").read()).toBe(NIP);
    expect([...storage.map.keys()]).toEqual(["partisi-akertas-kerja-sakip.saya-adalah"]);
  });

  it("ignores what is not a NIP under its key, and does not store one", () => {
    const storage = mapStorage();
    storage.setItem("kertas-kerja-sakip.saya-adalah", "<script>");
    expect(meMemory(storage).read()).toBe("");
    meMemory(storage).write("Kasubag");
    expect(storage.map.get("kertas-kerja-sakip.saya-adalah")).toBe("<script>");
  });

  it("forgets quietly where the browser refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
    };
    const memory = meMemory(refusing);
    expect(() => memory.write(NIP)).not.toThrow();
    expect(() => memory.write("")).not.toThrow();
    expect(memory.read()).toBe("");
    expect(meMemory(null).read()).toBe("");
  });
});
