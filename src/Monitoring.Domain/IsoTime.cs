using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitoring.Domain;

/// <summary>Times as the API takes them: ISO 8601 with an offset, so "08:00" can never mean the server's own zone.</summary>
public static partial class IsoTime
{
    public const string Rule = "must be ISO 8601 with an offset, e.g. 2026-11-28T08:00:00Z or 2026-11-28T15:00:00+07:00";

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})\z")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Pattern().IsMatch(text)
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
