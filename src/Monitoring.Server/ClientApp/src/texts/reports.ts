// The reports page's own texts, in Bahasa Indonesia and English (each key in both).
export const reportsTexts = {
  id: {},
  en: {},
} as const;
