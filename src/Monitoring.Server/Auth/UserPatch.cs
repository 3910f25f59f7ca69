using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Domain.Interactions;
using Monitoring.Domain;

namespace Monitoring.Server.Auth;

/// <summary>
/// The body of <c>PATCH /api/admin/users/{userName}</c>. Read from the JSON object rather than bound to a record, because
/// a field left out (unchanged) and a field sent as null (cleared: no unit, no end to the grant) must be told apart.
/// </summary>
public sealed class UserPatch
{
    private static readonly string[] Known = ["role", "unitId", "displayName", "nrp", "expiresAt", "disabled"];

    public string? Role { get; private init; }

    public bool SetsUnit { get; private init; }

    public string? UnitId { get; private init; }

    public string? DisplayName { get; private init; }

    public bool SetsNrp { get; private init; }

    public string? Nrp { get; private init; }

    public bool SetsExpiry { get; private init; }

    public DateTimeOffset? ExpiresAt { get; private init; }

    public bool? Disabled { get; private init; }

    public static UserPatch Read(JsonObject body, List<FieldError> errors)
    {
        foreach (var (key, _) in body)
            if (!Known.Contains(key, StringComparer.Ordinal)) errors.Add(new FieldError(key, ErrorCodes.UnknownField, $"Unknown field; expected one of {string.Join(", ", Known)}."));
        return new UserPatch
        {
            Role = Text(body, "role", nullable: false, errors),
            SetsUnit = body.ContainsKey("unitId"),
            UnitId = Text(body, "unitId", nullable: true, errors),
            DisplayName = Text(body, "displayName", nullable: false, errors),
            SetsNrp = body.ContainsKey("nrp"),
            Nrp = Text(body, "nrp", nullable: true, errors),
            SetsExpiry = body.ContainsKey("expiresAt"),
            ExpiresAt = Time(body, "expiresAt", errors),
            Disabled = Flag(body, "disabled", errors),
        };
    }

    private static string? Text(JsonObject body, string field, bool nullable, List<FieldError> errors)
    {
        if (!body.TryGetPropertyValue(field, out var node)) return null;
        if (node is null && nullable) return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String) return value.GetValue<string>();
        errors.Add(new FieldError(field, ErrorCodes.WrongType, nullable ? $"The {field} must be a string or null." : $"The {field} must be a string."));
        return null;
    }

    private static DateTimeOffset? Time(JsonObject body, string field, List<FieldError> errors)
    {
        var text = Text(body, field, nullable: true, errors);
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)) return time.ToUniversalTime();
        errors.Add(new FieldError(field, ErrorCodes.TimeFormat, $"The {field} time must be ISO 8601, e.g. 2027-01-31T17:00:00Z, or null."));
        return null;
    }

    private static bool? Flag(JsonObject body, string field, List<FieldError> errors)
    {
        if (!body.TryGetPropertyValue(field, out var node)) return null;
        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return value.GetValue<bool>();
        errors.Add(new FieldError(field, ErrorCodes.WrongType, $"The {field} flag must be true or false."));
        return null;
    }
}
