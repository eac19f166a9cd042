// Imported for its effect by the Excel and Word panes' roots: every message they show says how to
// choose otherwise in the pane's words ("under «Endre valgene»"), never with a command-line flag.
import { setMessageFace } from "../core/i18n/choose-hints";

setMessageFace("pane");
