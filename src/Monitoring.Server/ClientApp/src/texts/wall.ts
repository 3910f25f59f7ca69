// The wall page's own texts, in Bahasa Indonesia and English (each key in both).
export const wallTexts = {
  id: {
    moreCases: "+{n} kasus lainnya (lihat konsol unit)", colPriority: "Prio", colLeft: "Sisa waktu", colCase: "Kasus · unit penanggung jawab",
    colState: "Status", colOpened: "Dibuka",
    soundEnable: "Aktifkan suara alarm", soundOn: "Suara: nyala", soundOff: "Suara: bisu", volume: "Volume", newP1Case: "KASUS P1 BARU",
    alarmListTitle: "Alarm belum diterima", acknowledgeAlarm: "Terima", lastAlarm: "alarm terakhir",
  },
  en: {
    moreCases: "+{n} more cases (see the unit consoles)", colPriority: "Prio", colLeft: "Time left", colCase: "Case · responsible unit",
    colState: "State", colOpened: "Opened",
    soundEnable: "Turn alarm sound on", soundOn: "Sound: on", soundOff: "Sound: muted", volume: "Volume", newP1Case: "NEW P1 CASE",
    alarmListTitle: "Alarms not acknowledged", acknowledgeAlarm: "Acknowledge", lastAlarm: "last alarm",
  },
} as const;
