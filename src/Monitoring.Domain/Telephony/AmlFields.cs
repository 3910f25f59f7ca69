using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>The checks of one AML field, shared by the HTTPS and SMS formats; each names the field by the format's own key.</summary>
internal static partial class AmlFields
{
    // Plain decimal degrees only: "NaN", "Infinity", "1e2" and "0x10" are not positions a handset writes.
    [GeneratedRegex(@"\A[+-]?[0-9]{1,3}(\.[0-9]{1,12})?\z")]
    private static partial Regex DegreesPattern();

    [GeneratedRegex(@"\A[0-9]{1,7}(\.[0-9]{1,6})?\z")]
    private static partial Regex PositivePattern();

    [GeneratedRegex(@"\A[0-9]{1,15}\z")]
    private static partial Regex EpochPattern();

    [GeneratedRegex(@"\A[0-9]{14}\z")]
    private static partial Regex CompactPattern();

    /// <summary>The pairs by key; a key given twice with two values is refused, since either could be the position.</summary>
    public static Dictionary<string, string> Collect(IEnumerable<KeyValuePair<string, string>> pairs, List<FieldError> errors)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (key, value) in pairs)
        {
            if (++count > AmlRules.MaxFields)
            {
                errors.Add(new FieldError("body", ErrorCodes.TooMany, $"An AML message has at most {AmlRules.MaxFields} fields."));
                break;
            }
            if (value.Length > AmlRules.MaxValueLength)
                errors.Add(new FieldError(TextRules.ForLog(key), ErrorCodes.TooLong, $"An AML field's value may be at most {AmlRules.MaxValueLength} characters."));
            else if (fields.TryGetValue(key, out var earlier) && earlier != value)
                errors.Add(new FieldError(TextRules.ForLog(key), ErrorCodes.UnknownValue, $"The field {TextRules.ForLog(key)} is given twice with different values."));
            else fields[key] = value;
        }
        return fields;
    }

    /// <summary>The SMS text split at ';' into key=value pairs, after its A"ML header; false when it is no AML SMS.</summary>
    public static bool SmsPairs(string text, out List<KeyValuePair<string, string>> pairs)
    {
        pairs = [];
        if (!text.StartsWith("A\"ML=", StringComparison.Ordinal)) return false;
        foreach (var part in text.TrimEnd('\r', '\n', ' ', ';').Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) return false;
            pairs.Add(new(part[..equals], part[(equals + 1)..]));
        }
        return true;
    }

    public static void Version(string? text, string field, FrozenSet<string> known, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} (the format's version) is required."));
        else if (!known.Contains(text))
            errors.Add(new FieldError(field, ErrorCodes.UnknownValue, $"Unknown AML version '{TextRules.ForLog(text)}'; expected one of {string.Join(", ", known.Order())}."));
    }

    public static CallerNumber? Number(string? text, string field, List<FieldError> errors)
    {
        var trimmed = text?.Trim(' ');
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} (the handset's own number) is required: the position is matched to its call by it."));
            return null;
        }
        var number = CallerNumbers.Normalize(trimmed);
        if (number is null) errors.Add(new FieldError(field, ErrorCodes.CallerNumber, CallerNumbers.Rule));
        return number;
    }

    public static double? Degrees(string? text, string field, double limit, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} is required."));
            return null;
        }
        if (DegreesPattern().IsMatch(text) && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= -limit && value <= limit)
            return value;
        errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be decimal degrees from -{limit} to {limit}, e.g. -6.17539."));
        return null;
    }

    public static double? Radius(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} (the radius in meters the handset is within) is required."));
            return null;
        }
        if (PositivePattern().IsMatch(text) && double.Parse(text, CultureInfo.InvariantCulture) is var value and > 0 and <= LocationLimits.MaxRadiusMeters)
            return value;
        errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be a radius in meters above 0 and at most {LocationLimits.MaxRadiusMeters:0}."));
        return null;
    }

    /// <summary>Optional; read only to refuse nonsense, since a confidence outside 1–100 % says the message is garbled.</summary>
    public static void Confidence(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (PositivePattern().IsMatch(text) && double.Parse(text, CultureInfo.InvariantCulture) is > 0 and <= 100) return;
        errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be a percentage above 0 and at most 100."));
    }

    public static DateTimeOffset? EpochMilliseconds(string? text, string field, DateTimeOffset now, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} (milliseconds since 1970-01-01 UTC) is required."));
            return null;
        }
        if (!EpochPattern().IsMatch(text) || long.Parse(text, CultureInfo.InvariantCulture) is not (var ms and <= 253_402_300_799_999))
        {
            errors.Add(new FieldError(field, ErrorCodes.TimeFormat, $"The {field} must be milliseconds since 1970-01-01 UTC, e.g. 1796773201234."));
            return null;
        }
        return Window(DateTimeOffset.FromUnixTimeMilliseconds(ms), field, now, errors);
    }

    /// <summary>The SMS format's time of positioning, YYYYMMDDhhmmss in UTC.</summary>
    public static DateTimeOffset? CompactUtc(string? text, string field, DateTimeOffset now, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} (the time of positioning, YYYYMMDDhhmmss in UTC) is required."));
            return null;
        }
        if (!CompactPattern().IsMatch(text)
            || !DateTimeOffset.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            errors.Add(new FieldError(field, ErrorCodes.TimeFormat, $"The {field} must be YYYYMMDDhhmmss in UTC, e.g. 20261207234001."));
            return null;
        }
        return Window(value.ToUniversalTime(), field, now, errors);
    }

    private static DateTimeOffset? Window(DateTimeOffset value, string field, DateTimeOffset now, List<FieldError> errors)
    {
        if (value > now + AmlRules.MaxAhead)
            errors.Add(new FieldError(field, ErrorCodes.TimeWindow, $"The {field} may be at most {AmlRules.MaxAhead.TotalMinutes:0} min after the center's clock."));
        else if (value < now - AmlRules.MaxAge)
            errors.Add(new FieldError(field, ErrorCodes.TimeWindow, $"The {field} may be at most {AmlRules.MaxAge.TotalHours:0} h before the center's clock."));
        // A fix slightly ahead is the handset's clock drifting: it was taken no later than the center heard of it.
        else return value > now ? now : value;
        return null;
    }

    public static AmlPositioning? Positioning(string? text, string field, FrozenDictionary<string, AmlPositioning> known, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (known.TryGetValue(text, out var value)) return value;
        errors.Add(new FieldError(field, ErrorCodes.UnknownValue,
            $"Unknown positioning method '{TextRules.ForLog(text)}'; expected one of {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}."));
        return null;
    }
}
