// The intake page's own texts, in Bahasa Indonesia and English (each key in both).
export const intakeTexts = {
  id: {
    quickPrank: "Iseng", quickSilent: "Diam", quickInformation: "Informasi", quickHint: "Cukup nomor penelepon; dicatat seketika.",
    placeSearch: "Cari kelurahan/desa atau kecamatan", placeVillage: "kelurahan/desa", placeKecamatan: "kecamatan", goesTo: "Kasus akan ke",
    numberFirst: "Isi nomor penelepon dulu.", sending: "Mengirim…", shortcuts: "Pintasan: Alt + angka di tiap kolom; Enter tidak mengirim, Ctrl+Enter merekam.",
    callerScreened: "Nomor disaring sampai", callerFlagged: "Nomor ditandai", callerWarned: "Penelepon pernah iseng",
    callerStillAnswer: "tetap layani: laporan dan pengaduan tetap jadi kasus", callerByOperator: "Operator", callerByRule: "Aturan",
    callerUntil: "sampai", callerGenuine: "sungguhan", callerHangUps: "putus sebelum dijawab", callerHours: "jam", callerDays: "hari",
    maybeSameIncident: "Mungkin kejadian yang sama:", linkCase: "Tautkan", minutesAgo: "{n} menit lalu", justNow: "baru saja",
    linkingTo: "Panggilan ini akan ditautkan ke", undoLink: "Jangan tautkan", linkToCaseId: "Tautan kasus",
    linkedTo: "Ditautkan ke", linkedAutomatically: "Ditautkan otomatis ke",
    channelVoice: "Telepon", channelSms: "SMS", channelWeb: "Web", channelOther: "Lainnya",
  },
  en: {
    quickPrank: "Prank", quickSilent: "Silent", quickInformation: "Information", quickHint: "Only the caller's number; recorded at once.",
    placeSearch: "Search a village or kecamatan", placeVillage: "village", placeKecamatan: "kecamatan", goesTo: "The case will go to",
    numberFirst: "Type the caller's number first.", sending: "Sending…", shortcuts: "Shortcuts: Alt + each field's digit; Enter never sends, Ctrl+Enter records.",
    callerScreened: "Number screened until", callerFlagged: "Number flagged", callerWarned: "Caller has pranked before",
    callerStillAnswer: "still answer: reports and complaints still open cases", callerByOperator: "Operator", callerByRule: "Rule",
    callerUntil: "until", callerGenuine: "genuine", callerHangUps: "hang-ups", callerHours: "h", callerDays: "d",
    maybeSameIncident: "Maybe the same incident:", linkCase: "Link", minutesAgo: "{n} min ago", justNow: "just now",
    linkingTo: "This call will be linked to", undoLink: "Don't link", linkToCaseId: "Case link",
    linkedTo: "Linked to", linkedAutomatically: "Linked automatically to",
    channelVoice: "Voice", channelSms: "SMS", channelWeb: "Web", channelOther: "Other",
  },
} as const;
