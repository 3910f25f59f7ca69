using System.Globalization;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Http;

/// <summary>Query-string values parsed with a clear error per field, collected so every problem is reported at once.</summary>
public static class QueryFields
{
    public static T? Parse<T>(string? text, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (EnumNames<T>.TryParse(text, out var value)) return value;
        errors.Add(new FieldError(field, $"Unknown {field} '{text}'; expected one of {EnumNames<T>.Allowed}."));
        return null;
    }

    public static DateTimeOffset? Time(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        errors.Add(new FieldError(field, $"The {field} time must be ISO 8601, e.g. 2026-11-28T00:00:00Z."));
        return null;
    }

    public static int Number(string? text, string field, int min, int max, int fallback, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(new FieldError(field, $"The {field} must be a whole number from {min} to {max}."));
        return fallback;
    }
}
