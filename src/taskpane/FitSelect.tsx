import { Select, mergeClasses } from "@fluentui/react-components";
import type { SelectProps } from "@fluentui/react-components";
import { useFitStyles } from "./fit-styles";

/** Fluent's Select that never grows wider than its container (long option texts are cut). */
export function FitSelect(props: SelectProps) {
  const fit = useFitStyles();
  return (
    <Select
      {...props}
      className={mergeClasses(fit.root, props.className)}
      select={{ className: fit.control }}
    />
  );
}
