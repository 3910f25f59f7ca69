using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Callers;

/// <summary>The caller number in a route (<c>/api/callers/{callerNumber}…</c>), read the same by every endpoint under it.</summary>
public static class CallerRoute
{
    public const string Value = "callerNumber";

    /// <summary>The number in one spelling, so that "who looked at this number" finds every look-up of it.</summary>
    public static string Spelling(string number) => CallerNumbers.Normalize(number)?.Value ?? number;

    public static FieldError Wrong { get; } = new(Value, ErrorCodes.CallerNumber, CallerNumbers.Rule);
}
