// The unit page's own texts, in Bahasa Indonesia and English (each key in both).
export const unitTexts = {
  id: {},
  en: {},
} as const;
