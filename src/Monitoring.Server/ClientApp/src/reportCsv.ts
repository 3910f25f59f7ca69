// What both tabs of the reports page share: the period typed in WIB, and the CSV of what is shown.
import type { Problem } from "./api";
import { fromWibInput } from "./time";

/** The input as UTC; what cannot be read goes as typed, so that the server names what is wrong with it. */
export const utc = (value: string): string => { try { return fromWibInput(value); } catch { return value; } };

/** Downloads the report as CSV; a refusal is handed back as the problem it is. */
export async function downloadCsv(url: string, fileName: string, refused: (problem: Problem) => void): Promise<void> {
  const response = await fetch(url, { headers: { Accept: "text/csv" } });
  if (!response.ok) {
    refused((await response.json().catch(() => ({ status: response.status }))) as Problem);
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
