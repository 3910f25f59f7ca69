using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>
/// One Advanced Mobile Location message (ETSI TS 103 625): the position a handset sends by itself when it dials an
/// emergency number, with the number it calls from, so the center can put it on that caller's call.
/// </summary>
public sealed record AmlMessage(CallerNumber DeviceNumber, DateTimeOffset FixedAt, NetworkLocation Location, AmlPositioning? Positioning)
{
    /// <summary>
    /// The HTTPS transport: form-encoded name-value pairs (v, device_number, location_latitude, location_longitude,
    /// location_accuracy, location_time in ms since the Unix epoch, location_source…). Names the standard does not define here
    /// are ignored, because handsets and operators add their own (thunderbird_version, cell_carrier…).
    /// </summary>
    public static (AmlMessage? Message, IReadOnlyList<FieldError> Errors) Parse(IEnumerable<KeyValuePair<string, string>> pairs, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var fields = AmlFields.Collect(pairs, errors);
        AmlFields.Version(fields.GetValueOrDefault("v"), "v", AmlRules.HttpsVersions, errors);
        var number = AmlFields.Number(fields.GetValueOrDefault("device_number"), "device_number", errors);
        var latitude = AmlFields.Degrees(fields.GetValueOrDefault("location_latitude"), "location_latitude", 90, errors);
        var longitude = AmlFields.Degrees(fields.GetValueOrDefault("location_longitude"), "location_longitude", 180, errors);
        var radius = AmlFields.Radius(fields.GetValueOrDefault("location_accuracy"), "location_accuracy", errors);
        AmlFields.Confidence(fields.GetValueOrDefault("location_confidence"), "location_confidence", errors);
        // The fix's own time; a handset that gives none still gives the call's start, which bounds the fix from below.
        var fixedAt = fields.TryGetValue("location_time", out var fixText) ? AmlFields.EpochMilliseconds(fixText, "location_time", now, errors)
            : fields.TryGetValue("time", out var callText) ? AmlFields.EpochMilliseconds(callText, "time", now, errors)
            : AmlFields.EpochMilliseconds(null, "location_time", now, errors);
        var positioning = AmlFields.Positioning(fields.GetValueOrDefault("location_source"), "location_source", AmlRules.HttpsSources, errors);
        return Result(number, latitude, longitude, radius, fixedAt, positioning, errors);
    }

    /// <summary>
    /// The SMS transport's text, as an SMS gateway passes it on: <c>A"ML=1;lt=-6.17539;lg=106.82715;rd=12;top=20261207234001;lc=68;pm=G;…</c>.
    /// The SMS carries no number of its own: the sender's, from the gateway, is the handset's.
    /// </summary>
    public static (AmlMessage? Message, IReadOnlyList<FieldError> Errors) ParseSms(string text, string? senderNumber, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (!AmlFields.SmsPairs(text, out var pairs))
        {
            errors.Add(new FieldError("A\"ML", ErrorCodes.Required, "An AML SMS begins with A\"ML=<version>; and continues with key=value pairs separated by ';'."));
            return (null, errors);
        }
        var fields = AmlFields.Collect(pairs, errors);
        AmlFields.Version(fields.GetValueOrDefault("A\"ML"), "A\"ML", AmlRules.SmsVersions, errors);
        var number = AmlFields.Number(senderNumber, "device_number", errors);
        var latitude = AmlFields.Degrees(fields.GetValueOrDefault("lt"), "lt", 90, errors);
        var longitude = AmlFields.Degrees(fields.GetValueOrDefault("lg"), "lg", 180, errors);
        var radius = AmlFields.Radius(fields.GetValueOrDefault("rd"), "rd", errors);
        AmlFields.Confidence(fields.GetValueOrDefault("lc"), "lc", errors);
        var fixedAt = AmlFields.CompactUtc(fields.GetValueOrDefault("top"), "top", now, errors);
        var positioning = AmlFields.Positioning(fields.GetValueOrDefault("pm"), "pm", AmlRules.SmsMethods, errors);
        return Result(number, latitude, longitude, radius, fixedAt, positioning, errors);
    }

    private static (AmlMessage?, IReadOnlyList<FieldError>) Result(CallerNumber? number, double? latitude, double? longitude, double? radius,
        DateTimeOffset? fixedAt, AmlPositioning? positioning, List<FieldError> errors) =>
        errors.Count > 0 ? (null, errors)
        : (new AmlMessage(number!.Value, fixedAt!.Value,
            new NetworkLocation(latitude!.Value, longitude!.Value, radius!.Value, LocationSource.Aml, fixedAt.Value), positioning), errors);
}
