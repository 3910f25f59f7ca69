using System.Collections.Frozen;

namespace Monitoring.Domain.Telephony;

/// <summary>What the center takes from an Advanced Mobile Location message, and why the limits are where they are.</summary>
public static class AmlRules
{
    /// <summary>Clock drift the handset may have ahead of the center; a fix further ahead is not a fix from this call.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

    /// <summary>A fix older than the center keeps a call's history for AML matching is no help in finding the caller now.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>The HTTPS format's versions in use by handsets (Android ELS and ETSI TS 103 625 editions).</summary>
    public static readonly FrozenSet<string> HttpsVersions = FrozenSet.ToFrozenSet(["1", "2", "3"]);

    /// <summary>The SMS format's versions: A"ML=1 and A"ML=2 differ only in fields the center does not read.</summary>
    public static readonly FrozenSet<string> SmsVersions = FrozenSet.ToFrozenSet(["1", "2"]);

    public static readonly FrozenDictionary<string, AmlPositioning> HttpsSources = new Dictionary<string, AmlPositioning>(StringComparer.OrdinalIgnoreCase)
    {
        ["gps"] = AmlPositioning.Gps, ["gnss"] = AmlPositioning.Gps, ["wifi"] = AmlPositioning.Wifi, ["cell"] = AmlPositioning.Cell,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, AmlPositioning> SmsMethods = new Dictionary<string, AmlPositioning>(StringComparer.Ordinal)
    {
        ["G"] = AmlPositioning.Gps, ["W"] = AmlPositioning.Wifi, ["C"] = AmlPositioning.Cell,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A message is a handful of short fields; a longer one is not from a handset.</summary>
    public const int MaxFields = 64;

    public const int MaxValueLength = 256;
}
