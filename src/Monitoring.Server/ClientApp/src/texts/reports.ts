// The reports page's own texts, in Bahasa Indonesia and English (each key in both).
export const reportsTexts = {
  id: {
    target: "Target", targetWithin: "target ≤", previousPeriod: "Periode sebelumnya", change: "Perubahan", points: "poin",
    calls: "Panggilan", callsLine: "panggilan", linkedCalls: "panggilan tertaut ke kasus yang sudah ada", answeredAllCalls: "Dijawab (semua panggilan)", total: "Total",
    trendByShift: "Tren per sif (8 jam) — persentase sesuai target", trendByDay: "Tren per hari — persentase sesuai target",
    targetLine: "target", greenLine: "hijau", amberLine: "kuning", periodShown: "Periode",
    emptyPeriod: "Tidak ada panggilan maupun kasus pada periode ini.", noCasesInPeriod: "Tidak ada kasus pada periode ini; angka di atas hanya dari panggilan.",
    ratingGreen: "baik", ratingAmber: "perlu perhatian", ratingRed: "di bawah target", loadFailed: "Laporan tidak dapat dimuat",
    escalatedLevels: "Kasus dieskalasi ke", hours: "jam", polda: "Polda", mabes: "Mabes",
  },
  en: {
    target: "Target", targetWithin: "target ≤", previousPeriod: "Previous period", change: "Change", points: "pts",
    calls: "Calls", callsLine: "calls", linkedCalls: "calls linked to a case already open", answeredAllCalls: "Answered (all calls)", total: "Total",
    trendByShift: "Trend per shift (8 h) — share within target", trendByDay: "Trend per day — share within target",
    targetLine: "target", greenLine: "green", amberLine: "amber", periodShown: "Period",
    emptyPeriod: "No calls and no cases in this period.", noCasesInPeriod: "No cases in this period; the figures above are from calls only.",
    ratingGreen: "good", ratingAmber: "needs attention", ratingRed: "below target", loadFailed: "The report could not be loaded",
    escalatedLevels: "Cases escalated to", hours: "h", polda: "Polda", mabes: "Mabes",
  },
} as const;
