/**
 * Text into and out of the XML parts this host writes and reads by hand (charts, drawings,
 * relationships): escaped for attributes and text nodes alike, and unescaped again.
 */

/** Escapes `text` for an XML attribute or text node, dropping the characters XML 1.0 cannot hold. */
export function xml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** XML 1.0 has no place for control characters other than tab, line feed and carriage return. */
function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : ch === "\t" || ch === "\n" || ch === "\r";
}

/** The text an escaped attribute or text node stands for: named and numeric references resolved. */
export function unxml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}
