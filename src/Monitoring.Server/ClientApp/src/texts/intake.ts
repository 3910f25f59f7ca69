// The intake page's own texts, in Bahasa Indonesia and English (each key in both).
export const intakeTexts = {
  id: {},
  en: {},
} as const;
