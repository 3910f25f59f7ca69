// The wall page's own texts, in Bahasa Indonesia and English (each key in both).
export const wallTexts = {
  id: {},
  en: {},
} as const;
