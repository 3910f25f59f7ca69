// The wall page's own texts, in Bahasa Indonesia and English (each key in both).
export const wallTexts = {
  id: {
    moreCases: "+{n} kasus lainnya (lihat konsol unit)", colPriority: "Prio", colLeft: "Sisa waktu", colCase: "Kasus · unit penanggung jawab",
    colState: "Status", colOpened: "Dibuka",
  },
  en: {
    moreCases: "+{n} more cases (see the unit consoles)", colPriority: "Prio", colLeft: "Time left", colCase: "Case · responsible unit",
    colState: "State", colOpened: "Opened",
  },
} as const;
