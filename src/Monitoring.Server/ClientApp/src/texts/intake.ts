// The intake page's own texts, in Bahasa Indonesia and English (each key in both).
export const intakeTexts = {
  id: {
    quickPrank: "Iseng", quickSilent: "Diam", quickInformation: "Informasi", quickHint: "Cukup nomor penelepon; dicatat seketika.",
    numberFirst: "Isi nomor penelepon dulu.", sending: "Mengirim…", shortcuts: "Pintasan: Alt + angka di tiap kolom; Enter tidak mengirim, Ctrl+Enter merekam.",
  },
  en: {
    quickPrank: "Prank", quickSilent: "Silent", quickInformation: "Information", quickHint: "Only the caller's number; recorded at once.",
    numberFirst: "Type the caller's number first.", sending: "Sending…", shortcuts: "Shortcuts: Alt + each field's digit; Enter never sends, Ctrl+Enter records.",
  },
} as const;
