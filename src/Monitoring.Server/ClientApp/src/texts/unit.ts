// The unit page's own texts, in Bahasa Indonesia and English (each key in both).
export const unitTexts = {
  id: {
    pickUnit: "Pilih unit", unknownUnit: "Unit ini tidak dikenal:", refusedUnit: "Anda tidak berhak membuka konsol unit ini:",
    cancelCase: "Batalkan…", chooseReason: "— pilih alasan —", confirmCancel: "Ya, batalkan kasus", cancelQuestion: "Batalkan kasus",
    reasonMissing: "Pilih alasan pembatalan.", noteMissing: "Tulis catatan pembatalan.", viaUnit: "Wilayah",
    eventOpened: "Dibuka", eventAcknowledged: "Diterima", eventDispatched: "Patroli dikirim", eventArrived: "Tiba di lokasi",
    allStates: "Semua status", allPolsek: "Semua Polsek", searchCase: "Cari no. kasus atau nomor penelepon",
    eventResolved: "Selesai", eventCancelled: "Dibatalkan", eventEscalated: "Eskalasi", eventFiled: "Tercatat di riwayat penelepon",
  },
  en: {
    pickUnit: "Choose a unit", unknownUnit: "This unit is unknown:", refusedUnit: "You may not open this unit's console:",
    cancelCase: "Cancel…", chooseReason: "— choose a reason —", confirmCancel: "Yes, cancel the case", cancelQuestion: "Cancel case",
    reasonMissing: "Choose a reason for the cancellation.", noteMissing: "Write a cancellation note.", viaUnit: "Area",
    eventOpened: "Opened", eventAcknowledged: "Acknowledged", eventDispatched: "Patrol dispatched", eventArrived: "Arrived on scene",
    allStates: "All states", allPolsek: "All Polsek", searchCase: "Search case no. or caller number",
    eventResolved: "Resolved", eventCancelled: "Cancelled", eventEscalated: "Escalated", eventFiled: "Filed in the caller's history",
  },
} as const;
