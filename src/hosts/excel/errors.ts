/**
 * The one error the Excel gateway throws. Its message is for the user (Bahasa Indonesia, from
 * `S.excel`); `code` is for the caller; `excelCode` keeps Excel's own error code (e.g.
 * "InvalidOperation") for a bug report, never for the task pane.
 */
export type GatewayErrorCode =
  | "workbook-protected"
  | "api-too-old"
  | "invalid-plan"
  | "write-failed"
  | "write-not-restored"
  | "list-failed"
  | "read-failed"
  | "export-failed";

export class GatewayError extends Error {
  override readonly name = "GatewayError";
  readonly excelCode: string | undefined;

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    options: { cause?: unknown; excelCode?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.excelCode = options.excelCode ?? officeErrorCode(options.cause);
  }
}

/** Excel's error code of a failed request (`OfficeExtension.Error.code`), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}
