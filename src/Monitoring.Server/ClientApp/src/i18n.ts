// UI text in Bahasa Indonesia by default, English on request (?lang=en or the toggle), remembered per browser.
const dictionaries = {
  id: {
    wallTitle: "Pusat Monitoring 110 — Roops Polda Metro Jaya",
    open: "Terbuka", unacknowledged: "Belum diterima", escalated: "Eskalasi", receivedToday: "Diterima hari ini",
    information: "Informasi", report: "Laporan", complaint: "Pengaduan", prank: "Iseng", silent: "Diam",
    connectionLost: "Koneksi terputus — menyambung ulang…", escalationAlarm: "ESKALASI", newCase: "KASUS BARU",
    overdue: "Lewat", timeLeft: "Sisa", noCases: "Tidak ada kasus terbuka", outOfCoverage: "Di luar wilayah",
    stateOpen: "Terbuka", stateAcknowledged: "Diterima", stateDispatched: "Dikirim", stateOnScene: "Di lokasi",
    stateResolved: "Selesai", stateCancelled: "Dibatalkan",
    acknowledge: "Terima", dispatch: "Kirim patroli", arrive: "Tiba di lokasi", resolve: "Selesaikan", cancel: "Batalkan",
    officer: "Petugas", patrol: "Patroli", outcome: "Hasil", reason: "Alasan", queue: "Antrean kasus", timeline: "Kronologi",
    assigned: "Ditugaskan", escalatedTo: "Eskalasi ke unit ini", selectCase: "Pilih kasus untuk melihat kronologi",
    reasonPrank: "Iseng", reasonDuplicate: "Duplikat", reasonWithdrawn: "Dicabut", cancelNote: "Catatan pembatalan (wajib)",
    intakeTitle: "Penerimaan Panggilan 110", callerNumber: "Nomor penelepon", kind: "Jenis", category: "Kategori",
    priority: "Prioritas", priorityDefault: "Bawaan kategori", channel: "Saluran", latitude: "Lintang", longitude: "Bujur",
    address: "Alamat", summary: "Ringkasan", submit: "Catat", history: "Riwayat penelepon", noHistory: "Belum ada riwayat",
    routedTo: "Diteruskan ke", recorded: "Tercatat tanpa kasus", clickMap: "Klik peta untuk memilih lokasi",
    language: "English", deadline: "Tenggat", level: "Tingkat", caseId: "No. kasus", units: "Unit",
    accident: "Kecelakaan", disaster: "Bencana", riot: "Kerusuhan", fire: "Kebakaran", crime: "Kejahatan", medical: "Medis",
    traffic: "Lalu lintas", missingPerson: "Orang hilang", violence: "Kekerasan", threat: "Ancaman", extortion: "Pemerasan",
    insult: "Penghinaan", service: "Layanan",
    reportsTitle: "Laporan Waktu Respons", from: "Dari", to: "Sampai", groupBy: "Kelompokkan", show: "Tampilkan",
    downloadCsv: "Unduh CSV", cases: "Kasus", escalations: "Eskalasi", alarms: "Alarm", cancellations: "Pembatalan", withinTarget: "Sesuai target",
    unit: "Unit", polres: "Polres", answered: "Dijawab", acknowledged: "Diterima", dispatched: "Dikirim", onScene: "Di lokasi",
    resolved: "Selesai", seconds: "detik", noData: "Tidak ada kasus pada periode ini",
    signinTitle: "Masuk — Pusat Monitoring 110", userName: "Nama pengguna", password: "Kata sandi", code: "Kode autentikator (jika diminta)",
    remember: "Ingat saya di perangkat ini", signIn: "Masuk", signingIn: "Memeriksa…", wrongCredentials: "Nama pengguna atau kata sandi salah.",
    lockedUntil: "Terlalu banyak percobaan gagal. Akun terkunci sampai", signInFailed: "Gagal masuk. Coba lagi.",
    changePasswordTitle: "Ganti kata sandi", changePasswordWhy: "Kata sandi Anda harus diganti sebelum melanjutkan.",
    currentPassword: "Kata sandi sekarang", newPassword: "Kata sandi baru (minimal 12 karakter)", repeatPassword: "Ulangi kata sandi baru",
    passwordsDiffer: "Kedua kata sandi baru tidak sama.", passwordTooShort: "Kata sandi baru minimal 12 karakter.", changePassword: "Simpan kata sandi",
    codeRequired: "Masukkan kode dari aplikasi autentikator (atau kode pemulihan).", enrolTitle: "Aktifkan verifikasi dua langkah",
    enrolWhy: "Peran Anda wajib memakai aplikasi autentikator. Masukkan kunci ini di aplikasi, lalu ketik kode yang muncul.",
    sharedKey: "Kunci", enrolCode: "Kode dari aplikasi", enrolVerify: "Aktifkan", recoveryTitle: "Kode pemulihan",
    signOut: "Keluar",
    signInPasskey: "Masuk dengan passkey", passkeyRefused: "Passkey tidak diterima.", passkeys: "Passkey", passkeysTitle: "Passkey Anda",
    passkeysWhy: "Masuk tanpa kata sandi dan kode, dengan sidik jari, wajah atau PIN perangkat ini.",
    passkeyName: "Nama passkey (mis. laptop kantor)", addPasskey: "Tambah passkey", removePasskey: "Hapus", noPasskeys: "Belum ada passkey.",
    signInSso: "Masuk dengan SSO", ssoRole: "Akun SSO Anda tidak memiliki peran yang dikenal pusat ini. Hubungi admin.",
    ssoUnit: "Unit pada akun SSO Anda tidak ada di wilayah pusat ini. Hubungi admin.",
    ssoDisabled: "Akun Anda dinonaktifkan atau masa aksesnya berakhir.", ssoFailed: "Masuk dengan SSO gagal. Coba lagi.",
    recoveryWhy: "Simpan kode-kode ini di tempat aman. Masing-masing dapat dipakai sekali jika ponsel hilang.", continue: "Lanjut",
    adminTitle: "Administrasi — Pusat Monitoring 110", adminOnly: "Halaman ini hanya untuk admin.", people: "Pengguna",
    displayName: "Nama tampilan", role: "Peran", status: "Status", grantEnds: "Akses berakhir", addPerson: "Tambah pengguna",
    editPerson: "Ubah pengguna", temporaryPassword: "Kata sandi sementara (minimal 12 karakter)",
    mustChangeAtFirst: "Wajib diganti saat pertama masuk", save: "Simpan", cancelEdit: "Batal ubah", apiTokens: "Token API",
    tokenName: "Nama token", issued: "Diterbitkan", issueToken: "Terbitkan token", issue: "Terbitkan",
    tokenShownOnce: "Salin token ini sekarang: hanya ditampilkan sekali.", copy: "Salin", back: "Kembali",
    roleCalltaker: "Penerima panggilan", roleOperator: "Operator Roops", roleOfficer: "Petugas unit", roleManager: "Manajer",
    roleWall: "Layar dinding", roleAdmin: "Admin", roleIntegration: "Integrasi (mesin)",
    disabled: "Nonaktif", grantEnded: "Akses berakhir", active: "Aktif", lockedTill: "Terkunci sampai", mustChange: "Harus ganti sandi",
    edit: "Ubah", enable: "Aktifkan", disable: "Nonaktifkan", resetPassword: "Atur ulang sandi", endSessions: "Akhiri sesi",
    resetAuthenticator: "Reset autentikator", revoke: "Cabut", revoked: "Dicabut",
    confirmDisable: "Nonaktifkan dan akhiri semua sesi", confirmEndSessions: "Akhiri semua sesi dan token akses",
    confirmResetAuthenticator: "Matikan autentikator dan kode pemulihan; semua sesi berakhir. Untuk",
    confirmResetPassword: "Kata sandi sementara baru (wajib diganti saat masuk) untuk", confirmRevokeToken: "Cabut token",
    saved: "tersimpan", done: "selesai", passwordSet: "kata sandi sementara dipasang", noUnit: "— tanpa unit —",
    auditTitle: "Jejak Audit — Pusat Monitoring 110", auditLink: "Jejak audit", backToAdmin: "Administrasi", auditTime: "Waktu",
    auditAction: "Tindakan", auditTarget: "Sasaran", auditOutcome: "Hasil", auditAddress: "Alamat klien", auditDetail: "Rincian",
    auditAllowed: "Diizinkan", auditRefused: "Ditolak", auditFailed: "Gagal", auditEmpty: "Tidak ada catatan untuk saringan ini",
    auditLines: "catatan", page: "Halaman", previousPage: "‹ Sebelumnya", nextPage: "Berikutnya ›",
  },
  en: {
    wallTitle: "Monitoring Center 110 — Polda Metro Jaya operations room",
    open: "Open", unacknowledged: "Unacknowledged", escalated: "Escalated", receivedToday: "Received today",
    information: "Information", report: "Report", complaint: "Complaint", prank: "Prank", silent: "Silent",
    connectionLost: "Connection lost — reconnecting…", escalationAlarm: "ESCALATION", newCase: "NEW CASE",
    overdue: "Overdue", timeLeft: "Left", noCases: "No open cases", outOfCoverage: "Out of coverage",
    stateOpen: "Open", stateAcknowledged: "Acknowledged", stateDispatched: "Dispatched", stateOnScene: "On scene",
    stateResolved: "Resolved", stateCancelled: "Cancelled",
    acknowledge: "Acknowledge", dispatch: "Dispatch patrol", arrive: "Arrived", resolve: "Resolve", cancel: "Cancel",
    officer: "Officer", patrol: "Patrol", outcome: "Outcome", reason: "Reason", queue: "Case queue", timeline: "Timeline",
    assigned: "Assigned", escalatedTo: "Escalated to this unit", selectCase: "Select a case to see its timeline",
    reasonPrank: "Prank", reasonDuplicate: "Duplicate", reasonWithdrawn: "Withdrawn", cancelNote: "Cancellation note (required)",
    intakeTitle: "110 Call Intake", callerNumber: "Caller number", kind: "Kind", category: "Category",
    priority: "Priority", priorityDefault: "Category default", channel: "Channel", latitude: "Latitude", longitude: "Longitude",
    address: "Address", summary: "Summary", submit: "Record", history: "Caller history", noHistory: "No earlier contact",
    routedTo: "Routed to", recorded: "Recorded, no case", clickMap: "Click the map to pick the location",
    language: "Bahasa Indonesia", deadline: "Deadline", level: "Level", caseId: "Case no.", units: "Units",
    accident: "Accident", disaster: "Disaster", riot: "Riot", fire: "Fire", crime: "Crime", medical: "Medical",
    traffic: "Traffic", missingPerson: "Missing person", violence: "Violence", threat: "Threat", extortion: "Extortion",
    insult: "Insult", service: "Service",
    reportsTitle: "Response-time report", from: "From", to: "To", groupBy: "Group by", show: "Show",
    downloadCsv: "Download CSV", cases: "Cases", escalations: "Escalations", alarms: "Alarms", cancellations: "Cancellations", withinTarget: "Within target",
    unit: "Unit", polres: "Polres", answered: "Answered", acknowledged: "Acknowledged", dispatched: "Dispatched", onScene: "On scene",
    resolved: "Resolved", seconds: "seconds", noData: "No cases in this period",
    signinTitle: "Sign in — Monitoring Center 110", userName: "User name", password: "Password", code: "Authenticator code (if asked)",
    remember: "Remember me on this device", signIn: "Sign in", signingIn: "Checking…", wrongCredentials: "Wrong user name or password.",
    lockedUntil: "Too many failed attempts. The account is locked until", signInFailed: "Sign-in failed. Try again.",
    changePasswordTitle: "Change password", changePasswordWhy: "Your password must be changed before you go on.",
    currentPassword: "Current password", newPassword: "New password (at least 12 characters)", repeatPassword: "Repeat the new password",
    passwordsDiffer: "The two new passwords differ.", passwordTooShort: "The new password needs at least 12 characters.", changePassword: "Save password",
    codeRequired: "Enter the code from the authenticator app (or a recovery code).", enrolTitle: "Turn on two-step verification",
    enrolWhy: "Your role needs an authenticator app. Enter this key in the app, then type the code it shows.",
    sharedKey: "Key", enrolCode: "Code from the app", enrolVerify: "Turn on", recoveryTitle: "Recovery codes",
    signOut: "Sign out",
    signInPasskey: "Sign in with a passkey", passkeyRefused: "The passkey was not accepted.", passkeys: "Passkeys", passkeysTitle: "Your passkeys",
    passkeysWhy: "Sign in without password or code, with this device's fingerprint, face or PIN.",
    passkeyName: "Passkey name (e.g. office laptop)", addPasskey: "Add a passkey", removePasskey: "Remove", noPasskeys: "No passkeys yet.",
    signInSso: "Sign in with SSO", ssoRole: "Your SSO account holds no role this center knows. Ask an admin.",
    ssoUnit: "The unit of your SSO account is not in this center's jurisdiction. Ask an admin.",
    ssoDisabled: "Your account is disabled or its access has ended.", ssoFailed: "Sign-in with SSO failed. Try again.",
    recoveryWhy: "Keep these codes somewhere safe. Each works once if the phone is lost.", continue: "Continue",
    adminTitle: "Administration — Monitoring Center 110", adminOnly: "This page is for admins only.", people: "People",
    displayName: "Display name", role: "Role", status: "Status", grantEnds: "Access ends", addPerson: "Add a person",
    editPerson: "Change", temporaryPassword: "Temporary password (at least 12 characters)",
    mustChangeAtFirst: "Must be changed at the first sign-in", save: "Save", cancelEdit: "Stop editing", apiTokens: "API tokens",
    tokenName: "Token name", issued: "Issued", issueToken: "Issue a token", issue: "Issue",
    tokenShownOnce: "Copy this token now: it is shown only once.", copy: "Copy", back: "Back",
    roleCalltaker: "Call taker", roleOperator: "Roops operator", roleOfficer: "Unit officer", roleManager: "Manager",
    roleWall: "Wall screen", roleAdmin: "Admin", roleIntegration: "Integration (machine)",
    disabled: "Disabled", grantEnded: "Access ended", active: "Active", lockedTill: "Locked until", mustChange: "Must change password",
    edit: "Change", enable: "Enable", disable: "Disable", resetPassword: "Reset password", endSessions: "End sessions",
    resetAuthenticator: "Reset authenticator", revoke: "Revoke", revoked: "Revoked",
    confirmDisable: "Disable and end every session of", confirmEndSessions: "End every session and access token of",
    confirmResetAuthenticator: "Turn off the authenticator and recovery codes; every session ends. For",
    confirmResetPassword: "New temporary password (must be changed at sign-in) for", confirmRevokeToken: "Revoke the token",
    saved: "saved", done: "done", passwordSet: "temporary password set", noUnit: "— no unit —",
    auditTitle: "Audit trail — Monitoring Center 110", auditLink: "Audit trail", backToAdmin: "Administration", auditTime: "Time",
    auditAction: "Action", auditTarget: "Target", auditOutcome: "Outcome", auditAddress: "Client address", auditDetail: "Detail",
    auditAllowed: "Allowed", auditRefused: "Refused", auditFailed: "Failed", auditEmpty: "No lines match these filters",
    auditLines: "lines", page: "Page", previousPage: "‹ Previous", nextPage: "Next ›",
  },
} as const;

export type TextKey = keyof typeof dictionaries.id;
type Lang = keyof typeof dictionaries;

function currentLang(): Lang {
  const asked = new URLSearchParams(location.search).get("lang") ?? localStorage.getItem("lang");
  return asked === "en" ? "en" : "id";
}

let lang: Lang = currentLang();

export const t = (key: TextKey): string => dictionaries[lang][key];

/** A category, kind or other domain word by its API name, in the current language. */
export const word = (name: string | null): string => (name ? (dictionaries[lang] as Record<string, string>)[name] ?? name : "");

export const stateText = (state: string): string =>
  t(("state" + state.charAt(0).toUpperCase() + state.slice(1)) as TextKey);

/** Fills every [data-i18n] element and wires the language toggle, which re-renders through onChange. */
export function applyTexts(onChange?: () => void): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => (el.textContent = t(el.dataset.i18n as TextKey)));
  const toggle = document.getElementById("lang-toggle");
  if (toggle && !toggle.dataset.wired) {
    toggle.dataset.wired = "1";
    toggle.addEventListener("click", () => {
      lang = lang === "id" ? "en" : "id";
      localStorage.setItem("lang", lang);
      applyTexts(onChange);
      onChange?.();
    });
  }
}
