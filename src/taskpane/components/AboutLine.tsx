// The add-in's version and the host's version and platform, under Innstillinger, for a user
// reporting a problem (docs/excel-smoke-test.md asks for them).
import { Caption1 } from "@fluentui/react-components";
import packageInfo from "../../../package.json";
import { useT } from "../pane-context";

export interface HostInfo {
  readonly version: string;
  readonly platform: string;
}

/** Office.context.diagnostics, when the pane runs in Office. */
export function officeHostInfo(): HostInfo | null {
  try {
    const d = typeof Office === "undefined" ? undefined : Office.context?.diagnostics;
    return d ? { version: String(d.version), platform: String(d.platform) } : null;
  } catch {
    return null;
  }
}

export function AboutLine({ host = officeHostInfo() }: { host?: HostInfo | null }) {
  const t = useT();
  return (
    <Caption1 data-testid="about-line">
      {t("UI-ABOUT", { version: packageInfo.version, host: host ? `${host.version} (${host.platform})` : t("UI-ABOUT-NO-HOST") })}
    </Caption1>
  );
}
