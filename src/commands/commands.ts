/**
 * The ribbon's function file. Its one button opens the task pane (a ShowTaskpane action), which
 * needs no code here; the file exists because the manifest names a FunctionFile, and Office
 * waits for it to initialise. Buttons that run code without the pane would be registered here
 * with `Office.actions.associate(name, handler)` and an ExecuteFunction action in the manifest.
 */
void Office.onReady();
