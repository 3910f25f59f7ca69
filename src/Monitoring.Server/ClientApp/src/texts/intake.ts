// The intake page's own texts, in Bahasa Indonesia and English (each key in both).
export const intakeTexts = {
  id: {
    quickPrank: "Iseng", quickSilent: "Diam", quickInformation: "Informasi", quickHint: "Cukup nomor penelepon; dicatat seketika.",
    placeSearch: "Cari kelurahan/desa atau kecamatan", placeVillage: "kelurahan/desa", placeKecamatan: "kecamatan", goesTo: "Kasus akan ke",
    numberFirst: "Isi nomor penelepon dulu.", sending: "Mengirim…", shortcuts: "Pintasan: Alt + angka di tiap kolom; Enter tidak mengirim, Ctrl+Enter merekam.",
    callerScreened: "Nomor disaring sampai", callerFlagged: "Nomor ditandai", callerWarned: "Penelepon pernah iseng",
    callerStillAnswer: "tetap layani: laporan dan pengaduan tetap jadi kasus", callerByOperator: "Operator", callerByRule: "Aturan",
    callerUntil: "sampai", callerGenuine: "sungguhan", callerHours: "jam", callerDays: "hari",
  },
  en: {
    quickPrank: "Prank", quickSilent: "Silent", quickInformation: "Information", quickHint: "Only the caller's number; recorded at once.",
    placeSearch: "Search a village or kecamatan", placeVillage: "village", placeKecamatan: "kecamatan", goesTo: "The case will go to",
    numberFirst: "Type the caller's number first.", sending: "Sending…", shortcuts: "Shortcuts: Alt + each field's digit; Enter never sends, Ctrl+Enter records.",
    callerScreened: "Number screened until", callerFlagged: "Number flagged", callerWarned: "Caller has pranked before",
    callerStillAnswer: "still answer: reports and complaints still open cases", callerByOperator: "Operator", callerByRule: "Rule",
    callerUntil: "until", callerGenuine: "genuine", callerHours: "h", callerDays: "d",
  },
} as const;
