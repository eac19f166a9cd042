// Component tests wait for the pane to react (findBy…, waitFor). Testing Library gives up after
// one second by default, which a loaded 2-core machine can exceed while rendering Fluent UI; a
// generous bound keeps the tests about behaviour, not speed (a test that never renders still fails).
import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder } from "node:util";

configure({ asyncUtilTimeout: 30_000 });

// jsdom leaves out TextDecoder, which every browser and Node have (the pane decodes a chosen .txt
// letter with it): lend it Node's.
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
