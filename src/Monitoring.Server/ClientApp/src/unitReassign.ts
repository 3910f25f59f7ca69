import { problemText, type Unit } from "./api";
import { t } from "./i18n";
import { isWithin } from "./unitFilter";
import type { Act } from "./unitDetail";

/**
 * The handover dialog: a unit within this console's command (the Domain refuses any other) and a written reason, then
 * the explicit yes. Nothing is preset.
 */
export class ReassignDialog {
  private readonly dialog = document.getElementById("reassign-dialog") as HTMLDialogElement;
  private readonly unit = document.getElementById("reassign-unit") as HTMLSelectElement;
  private readonly reason = document.getElementById("reassign-reason") as HTMLTextAreaElement;
  private readonly error = document.getElementById("reassign-error")!;

  constructor(private readonly consoleUnit: string, private readonly units: () => Map<string, Unit>, private readonly act: Act) {
    document.getElementById("reassign-back")!.addEventListener("click", () => this.dialog.close());
    document.getElementById("reassign-confirm")!.addEventListener("click", () => void this.confirm());
    // A word about what was missing goes once it is put right.
    for (const input of [this.unit, this.reason]) input.addEventListener("input", () => (this.error.textContent = ""));
  }

  open(caseId: string, assignedUnitId: string): void {
    const names = this.units();
    const targets = [...names.values()].filter((u) => u.unitId !== assignedUnitId && isWithin(u, this.consoleUnit, names));
    this.unit.replaceChildren(Object.assign(document.createElement("option"), { value: "", textContent: t("chooseUnit") }),
      ...targets.map((u) => Object.assign(document.createElement("option"), { value: u.unitId, textContent: u.name })));
    this.reason.value = "";
    this.error.textContent = "";
    document.getElementById("reassign-question")!.textContent = `${t("reassignQuestion")} ${caseId}`;
    this.dialog.showModal();
  }

  private async confirm(): Promise<void> {
    if (!this.unit.value) { this.error.textContent = t("unitMissing"); return; }
    if (!this.reason.value.trim()) { this.error.textContent = t("reassignReasonMissing"); return; }
    const result = await this.act("reassign", { toUnitId: this.unit.value, reason: this.reason.value });
    if (result.ok) this.dialog.close();
    else this.error.textContent = problemText(result.problem);
  }
}
