/**
 * The request machinery of the fake: proxies queue commands, `sync()` sends them as one request.
 * Like Excel: commands run in order; the first failure rejects the sync and the commands before it
 * stay applied; a property is readable only after it was loaded and a sync ran; every sync is
 * counted and its request measured (JSON of the queued commands with their payloads) against Excel
 * on the web's 5 MB limit, which rejects the whole request. A failure can be injected at the N-th
 * sync, after K commands of it have run.
 */
import { fail, propertyNotLoaded } from "./errors";
import type { FakeWorkbookModel } from "./model";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeStats {
  syncs: number;
  requestSizes: number[];
  responseSizes: number[];
  maxRequestSize: number;
  maxResponseSize: number;
  /** The options each Excel.run received. */
  runs: { options: unknown }[];
  suspendCalls: number;
  /**
   * Where the request bytes went, by kind of command: "set formulas", "set border EdgeTop",
   * "instantiate getRange" (a proxy created by getRange) …
   */
  byCommand: Record<string, { commands: number; bytes: number }>;
}

export interface FakeFaults {
  /** 1-based number of the sync (counted since install or `resetStats`) that fails. */
  atSync?: number;
  /** How many commands of that sync run before the failure (default 0). */
  afterCommands?: number;
  code?: string;
}

export interface FakeHost {
  model: FakeWorkbookModel;
  stats: FakeStats;
  faults: FakeFaults;
  /** Requirement set name → highest supported version, e.g. { ExcelApi: "1.17" }. */
  requirements: Record<string, string>;
  /** When set, every applied write or call is appended as "action path" (loads are not). */
  journal?: string[];
}

export interface Command {
  path: string;
  action: string;
  payload?: unknown;
  /** Applies the command; what it returns goes into the response. */
  apply: () => unknown;
  /**
   * Work the command needs done before the request runs (decoding an inserted .xlsx, which exceljs
   * does asynchronously); awaited by `sync()` before any command applies. It must not reject.
   */
  ready?: Promise<unknown>;
}

/** Is requirement-set version `supported` at least `wanted` ("1.10" > "1.9")? */
export function atLeast(supported: string | undefined, wanted: string | undefined): boolean {
  if (supported === undefined) return false;
  if (wanted === undefined) return true;
  const a = supported.split(".").map(Number);
  const b = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Fails, as Excel does at sync, a call from a requirement set this Excel does not have. */
export function requireSet(host: FakeHost, version: string, api: string): void {
  if (!atLeast(host.requirements.ExcelApi, version))
    throw fail("ApiNotFound", `${api} needs ExcelApi ${version}, which this Excel does not support.`);
}

export function newStats(): FakeStats {
  return {
    syncs: 0,
    requestSizes: [],
    responseSizes: [],
    maxRequestSize: 0,
    maxResponseSize: 0,
    runs: [],
    suspendCalls: 0,
    byCommand: {},
  };
}

export class FakeRequestContext<W = unknown> {
  readonly workbook: W;
  private queue: Command[] = [];

  constructor(
    readonly host: FakeHost,
    makeWorkbook: (context: FakeRequestContext<W>) => W,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const { stats, faults } = this.host;
    const queue = this.queue;
    this.queue = [];
    stats.syncs++;
    const number = stats.syncs;
    let size = 2;
    for (const c of queue) {
      const bytes = JSON.stringify({ p: c.path, a: c.action, v: c.payload ?? null }).length + 1;
      size += bytes;
      const kind =
        c.action === "instantiate"
          ? `instantiate ${/\.(\w+)\([^()]*\)$/.exec(c.path)?.[1] ?? "?"}`
          : c.action;
      const tally = (stats.byCommand[kind] ??= { commands: 0, bytes: 0 });
      tally.commands++;
      tally.bytes += bytes;
    }
    stats.requestSizes.push(size);
    stats.maxRequestSize = Math.max(stats.maxRequestSize, size);
    await Promise.all(queue.map((c) => c.ready));
    if (size > PAYLOAD_LIMIT) {
      throw fail(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${size}) has exceeded the limit.`,
      );
    }
    const failAfter = faults.atSync === number ? (faults.afterCommands ?? 0) : Infinity;
    let response = 2;
    queue.forEach((command, i) => {
      if (i >= failAfter) throw fail(faults.code ?? "GeneralException", "Injected failure.", command.path);
      const result = command.apply();
      if (this.host.journal && command.action !== "load" && command.action !== "instantiate") {
        this.host.journal.push(`${command.action} ${command.path}`);
      }
      if (result !== undefined) response += JSON.stringify(result).length + 1;
    });
    if (failAfter !== Infinity && failAfter >= queue.length) {
      throw fail(faults.code ?? "GeneralException", "Injected failure.");
    }
    stats.responseSizes.push(response);
    stats.maxResponseSize = Math.max(stats.maxResponseSize, response);
    if (response > PAYLOAD_LIMIT) {
      throw fail(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response}) has exceeded the limit.`,
      );
    }
  }
}

export type Ctx = FakeRequestContext;

type LoadArg = string | string[] | { select?: string };

export function loadNames(arg: LoadArg | undefined): string[] {
  const raw =
    arg === undefined ? [] : typeof arg === "string" ? [arg] : Array.isArray(arg) ? arg : [arg.select ?? ""];
  const names = raw
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (names.length === 0)
    throw fail("InvalidArgument", "The fake requires load() to name the properties to load.");
  return names;
}

/**
 * A proxy. `created` proxies are instantiated by a command of the request (getItem, getRange …):
 * their target is resolved when that command runs, and a failed resolution fails the sync, as
 * ItemNotFound does in Excel. `nav` proxies (format, font, protection …) resolve through their
 * parent. `bound` proxies (collection items) are tied to a model object from the start.
 */
export abstract class FakeObject<T> {
  private resolved?: { value: T | null };
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: Ctx,
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly mode: "created" | "nav" | "bound",
  ) {
    if (mode === "bound") this.resolved = { value: resolver() };
    if (mode === "created") {
      ctx.enqueue({
        path,
        action: "instantiate",
        apply: () => {
          this.resolved = { value: resolver() };
          return undefined;
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw propertyNotLoaded(this.path, "isNullObject");
    return this.resolved.value === null;
  }

  /** The model object, or null for a null object; fails when the proxy was never instantiated. */
  protected current(): T | null {
    if (this.mode === "nav") return this.resolver();
    if (!this.resolved) throw fail("InvalidObjectPath", "The object path is not valid.", this.path);
    const value = this.resolved.value;
    if (value !== null && !this.alive(value))
      throw fail("InvalidObjectPath", "The object no longer exists.", this.path);
    return value;
  }

  /** False once the model object is gone (a deleted sheet). */
  protected alive(_value: T): boolean {
    return true;
  }

  /** Loads `props` at once, while a command of the request runs (collection items). */
  fillLoaded(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of props) {
      const reader = this.reader(name);
      if (!reader)
        throw fail("PropertyNotFound", `The property '${name}' is not supported by the fake.`, this.path);
      const value = reader(this.require());
      this.loaded.set(name, value);
      out[name] = value;
    }
    return out;
  }

  /** The model object a command acts on; a null object cannot be acted on. */
  protected require(): T {
    const value = this.current();
    if (value === null)
      throw fail("InvalidOperation", "The requested operation is invalid on a null object.", this.path);
    return value;
  }

  load(arg?: LoadArg): this {
    for (const name of loadNames(arg)) this.queueLoad(name);
    return this;
  }

  protected queueLoad(name: string): void {
    const slash = name.indexOf("/");
    if (slash > 0) {
      const child = this.navigation(name.slice(0, slash));
      if (!child) throw fail("InvalidArgument", `Cannot load '${name}'.`, this.path);
      child.queueLoad(name.slice(slash + 1));
      return;
    }
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      payload: name,
      apply: () => {
        const reader = this.reader(name);
        if (!reader)
          throw fail("PropertyNotFound", `The property '${name}' is not supported by the fake.`, this.path);
        const value = this.current() === null ? null : reader(this.require());
        this.loaded.set(name, value);
        return value;
      },
    });
  }

  /** How a loadable scalar property is read from the model. */
  protected abstract reader(name: string): ((target: T) => unknown) | undefined;

  protected navigation(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** Reads a loaded value; throws PropertyNotLoaded otherwise. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.path, name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write or method call, applied to the model at sync. */
  protected command(action: string, payload: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue({
      path: this.path,
      action,
      payload,
      apply: () => {
        apply(this.require());
        return undefined;
      },
    });
  }
}
