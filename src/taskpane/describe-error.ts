/**
 * What the user is told about an exception, never a stack. The hosts throw errors whose message is
 * already an Indonesian sentence for the user (GatewayError, XlsxError: recognised by name, so
 * that the components need not import the hosts); anything else is unexpected, and its first
 * line (often Office.js English, "RichApi.Error: …") is shown only as technical detail.
 */
export interface UserError {
  message: string;
  /** True when `message` is written for the user; false for an unexpected failure's detail. */
  explained: boolean;
}

const EXPLAINED = new Set(["GatewayError", "XlsxError"]);

export function describeError(err: unknown): UserError {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  const firstLine = raw.split("\n")[0]?.trim() ?? "";
  const message = firstLine.length > 240 ? `${firstLine.slice(0, 239)}…` : firstLine;
  return { message, explained: err instanceof Error && EXPLAINED.has(err.name) && message !== "" };
}
