/** What can go wrong in the .xlsx host, as a code for programs and a message for people. */
export type XlsxErrorCode =
  | "not-found"
  | "not-xlsx"
  | "legacy-or-encrypted"
  | "corrupt"
  | "read-failed"
  | "write-failed"
  | "invalid-plan";

export class XlsxError extends Error {
  override readonly name = "XlsxError";
  constructor(
    readonly code: XlsxErrorCode,
    /** In Bahasa Indonesia, fit to show the user. */
    message: string,
    /** For "invalid-plan": every problem found, not only the first. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}
