/**
 * Only the gateway part of the scale table (bench/scale.ts), without the rest of `npm run bench`:
 *   npx tsx bench/scale-gateway.ts
 * 40 Bagian × 100 and × 1,000 indicators generated and consolidated through the Office.js gateway
 * in the strict Excel fake, each size in a process of its own (about five minutes in all).
 */
import { gatewayScale } from "./scale";

try {
  gatewayScale();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
