/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code` from
 * `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`, a message and `debugInfo`.
 */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Reading a property that was not loaded and synced (thrown at once, as Office.js does). */
export function propertyNotLoaded(path: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${path}.${property}`,
  );
}

export const fail = (code: string, message: string, location?: string) =>
  new FakeOfficeError(code, message, location);
