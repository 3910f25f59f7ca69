using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Callers;

/// <summary>
/// What an operator's flag, screening or clear must say: a reason, one line, as every sanction is read back to the next
/// call taker; a screening's end in the future and no further than <see cref="MaxScreening"/>, so that a slip of the
/// year cannot screen a number for good (a flag has no end and says so plainly).
/// </summary>
public static class SanctionRules
{
    public const int MaxReasonLength = 500;

    public static readonly TimeSpan MaxScreening = TimeSpan.FromDays(30);

    /// <summary>The sanction <paramref name="by"/> takes now, or the fields that stop it.</summary>
    public static (CallerSanction? Sanction, IReadOnlyList<FieldError> Errors) Validate(SanctionAction action, string? reason, string? until,
        Person by, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", ErrorCodes.Required, "The reason is required."));
        else if (reason.Trim().Length > MaxReasonLength)
            errors.Add(new("reason", ErrorCodes.TooLong, $"The reason may be at most {MaxReasonLength} characters."));
        else if (TextRules.Problem("reason", reason) is { } problem) errors.Add(new("reason", ErrorCodes.TextCharacters, problem));

        DateTimeOffset? end = null;
        if (action != SanctionAction.Screen)
        {
            if (until is not null) errors.Add(new("until", ErrorCodes.UnknownField, "Only a screening has an end time (until)."));
        }
        else if (string.IsNullOrWhiteSpace(until)) errors.Add(new("until", ErrorCodes.Required, "A screening needs its end time (until)."));
        else if (!IsoTime.TryParse(until.Trim(' '), out var value)) errors.Add(new("until", ErrorCodes.TimeFormat, $"The until time {IsoTime.Rule}."));
        else if (value <= now) errors.Add(new("until", ErrorCodes.TimeWindow, "The until time must be in the future."));
        else if (value > now + MaxScreening)
            errors.Add(new("until", ErrorCodes.TimeWindow, $"A screening may last at most {MaxScreening.TotalDays:0} days."));
        else end = value.ToUniversalTime();

        return errors.Count > 0 ? (null, errors) : (new CallerSanction(action, now, by, reason!.Trim(), end), errors);
    }
}
