// The wall page's own texts, in Bahasa Indonesia and English (each key in both).
export const wallTexts = {
  id: {
    moreCases: "+{n} kasus lainnya (lihat konsol unit)", colPriority: "Prio", colLeft: "Sisa waktu", colCase: "Kasus · unit penanggung jawab",
    colState: "Status", colOpened: "Dibuka",
    waiting: "menunggu {t}",
    closePanel: "Tutup (Esc)", caseUnavailable: "Kasus ini tidak dapat dibuka.", responsibleUnit: "Unit penanggung jawab",
    allPolres: "Semua Polres", allPriorities: "Semua prioritas",
    legendP1: "P1 darurat", legendP2: "P2 mendesak", legendP3: "P3 rutin", legendEscalated: "berkedip: eskalasi", legendCluster: "kasus berdekatan (klik untuk memperbesar)", legendCallers: "satu kejadian, 2 penelepon", legendLoad: "Kasus per Polsek",
    soundEnable: "Aktifkan suara alarm", soundOn: "Suara: nyala", soundOff: "Suara: bisu", soundUnavailable: "Suara tidak tersedia di perangkat ini", volume: "Volume", newP1Case: "KASUS P1 BARU",
    alarmListTitle: "Alarm belum diterima", surge: "LONJAKAN", surgeText: "{n} laporan dalam {m} menit — {unit}", surgeTextSeconds: "{n} laporan dalam {s} detik — {unit}", surgeSince: "sejak", acknowledgeAlarm: "Terima", lastAlarm: "alarm terakhir",
    callQueue: "ANTREAN 110", callHourPlus: "1 j+", lineToday: "hari ini", callsWaiting: "menunggu", callsTalking: "{n} sedang dilayani", callUnknownNumber: "nomor tak dikenal",
    lineAnswered: "dijawab", lineWithin: "≤10 dtk", lineAbandoned: "putus", lineLongest: "terlama",
  },
  en: {
    moreCases: "+{n} more cases (see the unit consoles)", colPriority: "Prio", colLeft: "Time left", colCase: "Case · responsible unit",
    colState: "State", colOpened: "Opened",
    waiting: "waiting {t}",
    closePanel: "Close (Esc)", caseUnavailable: "This case cannot be opened.", responsibleUnit: "Responsible unit",
    allPolres: "All Polres", allPriorities: "All priorities",
    legendP1: "P1 emergency", legendP2: "P2 urgent", legendP3: "P3 routine", legendEscalated: "pulsing: escalated", legendCluster: "cases close together (click to zoom in)", legendCallers: "one incident, 2 callers", legendLoad: "Cases per Polsek",
    soundEnable: "Turn alarm sound on", soundOn: "Sound: on", soundOff: "Sound: muted", soundUnavailable: "No sound on this device", volume: "Volume", newP1Case: "NEW P1 CASE",
    alarmListTitle: "Alarms not acknowledged", surge: "SURGE", surgeText: "{n} reports in {m} minutes — {unit}", surgeTextSeconds: "{n} reports in {s} seconds — {unit}", surgeSince: "since", acknowledgeAlarm: "Acknowledge", lastAlarm: "last alarm",
    callQueue: "110 QUEUE", callHourPlus: "1 h+", lineToday: "today", callsWaiting: "waiting", callsTalking: "{n} being answered", callUnknownNumber: "unknown number",
    lineAnswered: "answered", lineWithin: "≤10 s", lineAbandoned: "abandoned", lineLongest: "longest",
  },
} as const;
