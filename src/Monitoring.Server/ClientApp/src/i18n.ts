// UI text in Bahasa Indonesia by default, English on request (?lang=en or the toggle), remembered per browser.
import { common } from "./texts/common";
import { intakeTexts } from "./texts/intake";
import { problemTexts } from "./texts/problems";
import { reportsTexts } from "./texts/reports";
import { unitTexts } from "./texts/unit";
import { wallTexts } from "./texts/wall";

const id = { ...common.id, ...wallTexts.id, ...unitTexts.id, ...intakeTexts.id, ...reportsTexts.id, ...problemTexts.id };
/** Typed against the Indonesian keys, so a text missing in English fails the build. */
const en: Record<keyof typeof id, string> = { ...common.en, ...wallTexts.en, ...unitTexts.en, ...intakeTexts.en, ...reportsTexts.en, ...problemTexts.en };
const dictionaries = { id, en };

export type TextKey = keyof typeof dictionaries.id;
type Lang = keyof typeof dictionaries;

function currentLang(): Lang {
  const asked = new URLSearchParams(location.search).get("lang") ?? localStorage.getItem("lang");
  return asked === "en" ? "en" : "id";
}

let lang: Lang = currentLang();

export const t = (key: TextKey): string => dictionaries[lang][key];

/** The language chosen now, for formats that follow it (dates). */
export const language = (): Lang => lang;

/** A category, kind or other domain word by its API name, in the current language. */
export const word = (name: string | null): string => (name ? (dictionaries[lang] as Record<string, string>)[name] ?? name : "");

/** "2 penelepon": how many numbers called about one case. */
export const callersText = (n: number): string => t("callerCount").replace("{n}", String(n));

export const stateText = (state: string): string =>
  t(("state" + state.charAt(0).toUpperCase() + state.slice(1)) as TextKey);

/** Fills every [data-i18n] element and wires the language toggle, which re-renders through onChange. */
export function applyTexts(onChange?: () => void): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => (el.textContent = t(el.dataset.i18n as TextKey)));
  document.querySelectorAll<HTMLOptGroupElement>("optgroup[data-i18n-label]").forEach((el) => (el.label = t(el.dataset.i18nLabel as TextKey)));
  const toggle = document.getElementById("lang-toggle");
  if (toggle && !toggle.dataset.wired) {
    toggle.dataset.wired = "1";
    toggle.addEventListener("click", () => {
      lang = lang === "id" ? "en" : "id";
      localStorage.setItem("lang", lang);
      applyTexts(onChange);
      onChange?.();
    });
  }
}
