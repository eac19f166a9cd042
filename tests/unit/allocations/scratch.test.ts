import { parseChangeText } from "../../../src/core/changes/change-text";
import { messageOf } from "../../../src/core/diagnostics";
it("scratch", () => {
  for (const t of [
    "Jf. tidligere dialog. Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01 for å dekke økt behov knyttet til planlegging og iverksettelse av utvidelsen av det nasjonale bo- og støttetilbudet.",
    "Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.",
    "2,5 mill. kroner overføres fra kap. 671, post 62 til kap. 858, post 01.",
    "Kap. 351, post 70 økes med 500 000 kroner i 2024.",
    "Kap. 351, post 70 økes med 500.",
    "Bevilgningen økes.",
  ]) {
    const r = parseChangeText(t, { code: { chapter: 351, post: 70 } });
    console.log(t, "\n", JSON.stringify(r.entries), r.diagnostics.map((d) => messageOf(d, "en")));
  }
});
