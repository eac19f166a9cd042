// Text written into the result sheets' XML: markup escaped, characters XML 1.0 cannot hold written
// as OOXML's _xHHHH_, and a literal "_xHHHH_" protected as _x005F_xHHHH_ so Excel shows it as typed.
import { xmlText } from "../../../src/xlsx/output-sheet";

/** The rules spelled out one character at a time (an independent reading of them). */
function reference(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === "_" && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i))) out += "_x005F_";
    else if (c === "&") out += "&amp;";
    else if (c === "<") out += "&lt;";
    else if (c === ">") out += "&gt;";
    else if (c === '"') out += "&quot;";
    else if ((code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") || code === 0xfffe || code === 0xffff) out += `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    else out += c;
  }
  return out;
}

describe("xmlText", () => {
  it("escapes markup, unwritable characters and a literal _xHHHH_, and leaves the rest as it is", () => {
    expect(xmlText("Tilskudd <likestilling> & \"mer\"")).toBe("Tilskudd &lt;likestilling&gt; &amp; &quot;mer&quot;");
    expect(xmlText("post_70 a_b _x41_ _x004")).toBe("post_70 a_b _x41_ _x004");
    expect(xmlText("_x0041_ and _xBEEF_")).toBe("_x005F_x0041_ and _x005F_xBEEF_");
    expect(xmlText("a\u0001b\u001f\uffff")).toBe("a_x0001_b_x001F__xFFFF_");
    expect(xmlText("tab\tline\ncr\r æøå 😀")).toBe("tab\tline\ncr\r æøå 😀");
  });

  it("agrees with a character-by-character reading of the rules on random text", () => {
    // Pieces that often make a whole _xHHHH_ (or nearly one) beside single characters.
    const alphabet = ["_x", "00", "4F_", "aB", "_x005F_", "_", "x", "0", "4", "1", "F", "f", "g", "&", "<", ">", '"', "'", "\u0000", "\u0008", "\t", "\u000b", "\n", "\u001f", " ", "æ", "\ufffe", "\uffff", "\ud83d\ude00"];
    let seed = 7;
    let patterns = 0;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      if (/_x[0-9A-Fa-f]{4}_/.test(text)) patterns++;
      expect(xmlText(text)).toBe(reference(text));
    }
    expect(patterns).toBeGreaterThan(100);
  });
});
