import { makeStyles } from "@fluentui/react-components";

/**
 * Lets a Fluent Input or Select shrink inside a grid cell of a 320 px pane: native inputs and
 * selects are otherwise as wide as their intrinsic size and push out of their box.
 */
export const useFitStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%", width: "100%" },
  control: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});
