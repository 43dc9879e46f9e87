import { useEffect, useState } from "react";
import type { AppServices } from "./services";

/**
 * "Saya adalah": the NIP of the person at this computer, as they stated it last time here (the
 * services remember it), told to the services on opening and on every change so that what the
 * pane writes is logged under it.
 */
export function useMe(
  services: Pick<AppServices, "identify" | "rememberedMe">,
): [string, (nip: string) => void] {
  const [nip, setNip] = useState(() => services.rememberedMe?.() ?? "");
  useEffect(() => {
    if (nip) services.identify(nip);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the NIP the pane opened with
  }, [services]);
  const change = (next: string) => {
    setNip(next);
    services.identify(next);
  };
  return [nip, change];
}
