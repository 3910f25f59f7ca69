using System.Globalization;
using Monitoring.Domain;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Http;

/// <summary>Query-string values parsed with a clear error per field, collected so every problem is reported at once. Only an
/// empty value is "not given": one of blanks or invisible characters is refused, never read as "no filter".</summary>
public static class QueryFields
{
    public static T? Parse<T>(string? text, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (EnumNames<T>.TryParse(text, out var value)) return value;
        errors.Add(new FieldError(field, ErrorCodes.UnknownValue, $"Unknown {field} '{TextRules.ForLog(text)}'; expected one of {EnumNames<T>.Allowed}."));
        return null;
    }

    /// <summary>The earliest and latest times a query may name: no case is older, and date arithmetic on them cannot overflow.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A time in a query string; without an offset it is UTC, as the API documents.</summary>
    public static DateTimeOffset? Time(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            errors.Add(new FieldError(field, ErrorCodes.TimeFormat, $"The {field} time must be ISO 8601, e.g. 2026-11-28T00:00:00Z."));
        else if (value < Earliest || value > Latest)
            errors.Add(new FieldError(field, ErrorCodes.TimeWindow, $"The {field} time must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."));
        else return value;
        return null;
    }

    /// <summary>A text filter: at most <paramref name="max"/> characters, none of them invisible or a control.</summary>
    public static string? Text(string? text, string field, int max, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length > max) errors.Add(new FieldError(field, ErrorCodes.TooLong, $"The {field} may be at most {max} characters."));
        else if (TextRules.Problem(field, text) is { } problem) errors.Add(new FieldError(field, ErrorCodes.TextCharacters, problem));
        else return text;
        return null;
    }

    public static bool? Flag(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (bool.TryParse(text, out var value)) return value;
        errors.Add(new FieldError(field, ErrorCodes.WrongType, $"The {field} flag must be true or false."));
        return null;
    }

    /// <summary>The page and its size; any page number is taken, one past the end is simply empty.</summary>
    public static (int Page, int PageSize) Paging(string? page, string? pageSize, int maxPageSize, List<FieldError> errors) =>
        (Number(page, "page", 1, int.MaxValue, 1, errors), Number(pageSize, "pageSize", 1, maxPageSize, 50, errors));

    public static int Number(string? text, string field, int min, int max, int fallback, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be a whole number from {min} to {max}."));
        return fallback;
    }
}
