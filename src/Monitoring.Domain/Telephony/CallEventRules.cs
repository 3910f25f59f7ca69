using System.Text.Json;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>Every rule one telephony event must pass before a call hears of it.</summary>
public static class CallEventRules
{
    public const int MaxPidfLoLength = 16 * 1024;
    public const int MaxCalledNumberLength = 32;
    public static readonly TimeSpan MaxAhead = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>The event, or every field that is wrong with it.</summary>
    public static (TelephonyEvent? Event, IReadOnlyList<FieldError> Errors) Validate(CallEventForm form, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        void Error(string field, string code, string message) => errors.Add(new FieldError(field, code, message));
        void Text(string field, string? text)
        {
            if (text is not null && TextRules.Problem(field, text) is { } problem) Error(field, ErrorCodes.TextCharacters, problem);
        }

        if (string.IsNullOrEmpty(form.CallId)) Error("callId", ErrorCodes.Required, "The call id is required.");
        else if (!CallId.IsWellFormed(form.CallId))
            Error("callId", ErrorCodes.CallId, $"The call id must be 1 to {CallId.MaxLength} printable ASCII characters without spaces, quotes or angle brackets.");

        CallStep step = default;
        var stepKnown = false;
        if (string.IsNullOrWhiteSpace(form.Event)) Error("event", ErrorCodes.Required, "The event is required.");
        else if (!(stepKnown = EnumNames<CallStep>.TryParse(form.Event, out step)))
            Error("event", ErrorCodes.UnknownValue, $"Unknown event '{TextRules.ForLog(form.Event)}'; expected one of {EnumNames<CallStep>.Allowed}.");

        var at = Time(form.At, now, errors);

        var callerText = form.CallerNumber?.Trim(' ');
        CallerNumber? caller = null;
        if (string.IsNullOrEmpty(callerText))
        {
            // The offer is where the call's number comes from; the other steps may repeat it.
            if (stepKnown && step == CallStep.Offered) Error("callerNumber", ErrorCodes.Required, "The caller number is required on an offered call.");
        }
        else if ((caller = CallerNumbers.Normalize(callerText)) is null) Error("callerNumber", ErrorCodes.CallerNumber, CallerNumbers.Rule);

        if (form.CalledNumber is { Length: > MaxCalledNumberLength }) Error("calledNumber", ErrorCodes.TooLong, $"The called number may be at most {MaxCalledNumberLength} characters.");
        else Text("calledNumber", form.CalledNumber);
        if (form.AgentId is { Length: > IntakeRules.MaxAgentIdLength }) Error("agentId", ErrorCodes.TooLong, $"The agent id may be at most {IntakeRules.MaxAgentIdLength} characters.");
        else Text("agentId", form.AgentId);

        var location = Location(form.Location, errors);

        if (form.PidfLo is { Length: > MaxPidfLoLength }) Error("pidfLo", ErrorCodes.TooLong, $"The PIDF-LO may be at most {MaxPidfLoLength / 1024} KB.");
        else if (form.PidfLo is { } pidf && TextRules.Problem("pidfLo", pidf, multiLine: true) is { } pidfProblem) Error("pidfLo", ErrorCodes.TextCharacters, pidfProblem);
        else if (!string.IsNullOrWhiteSpace(form.PidfLo))
        {
            // The handset's own position, carried by the call, is nearer the caller than the network's cell.
            var (carried, pidfError) = PidfLo.Parse(form.PidfLo);
            if (pidfError is not null) errors.Add(pidfError);
            else location = carried;
        }

        if (errors.Count > 0) return (null, errors);
        return (new TelephonyEvent(new CallId(form.CallId!), step, at!.Value, caller, Blank(form.CalledNumber), Blank(form.AgentId), location,
            string.IsNullOrWhiteSpace(form.PidfLo) ? null : form.PidfLo), errors);
    }

    /// <summary>ISO 8601 with an offset, or Unix epoch seconds with a fraction (Kamailio's <c>$TV</c>); to the millisecond,
    /// within a day before the center's clock and a minute after it (the telephony's clock may run a little ahead).</summary>
    private static DateTimeOffset? Time(JsonElement? at, DateTimeOffset now, List<FieldError> errors)
    {
        const string rule = "The at time must be ISO 8601 with an offset (e.g. 2026-12-07T23:40:01.234Z) or Unix epoch seconds (1796773201.234).";
        DateTimeOffset value;
        switch (at)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                errors.Add(new FieldError("at", ErrorCodes.Required, "The at time is required."));
                return null;
            case { ValueKind: JsonValueKind.String } text when IsoTime.TryParse(text.GetString()!.Trim(' '), out var parsed):
                value = parsed;
                break;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetDouble(out var seconds) && double.IsFinite(seconds)
                                                                   && seconds is > 0 and < 253402300799:
                value = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));
                break;
            default:
                errors.Add(new FieldError("at", ErrorCodes.TimeFormat, rule));
                return null;
        }
        value = new DateTimeOffset(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        if (value < now - MaxAge)
            errors.Add(new FieldError("at", ErrorCodes.TimeWindow, "The at time may be at most 24 h before the center's clock."));
        else if (value > now + MaxAhead)
            errors.Add(new FieldError("at", ErrorCodes.TimeWindow, "The at time may be at most 60 s after the center's clock."));
        // A telephony clock a little ahead: the step happened now, as the center knows it, never in its future.
        else return value > now ? now : value;
        return null;
    }

    private static NetworkLocation? Location(NetworkLocationForm? form, List<FieldError> errors)
    {
        if (form is null) return null;
        var before = errors.Count;
        void Error(string field, string code, string message) => errors.Add(new FieldError(field, code, message));
        PointRules.Check(form.Latitude, form.Longitude, "location", errors);
        if (form.RadiusMeters is not { } radius) Error("location.radiusMeters", ErrorCodes.Required, "The radius in meters is required.");
        else if (!double.IsFinite(radius) || radius is <= 0 or > 100_000) Error("location.radiusMeters", ErrorCodes.OutOfRange, "The radius must be above 0 and at most 100000 meters.");
        var source = LocationSource.Cell;
        if (string.IsNullOrWhiteSpace(form.Source)) Error("location.source", ErrorCodes.Required, "The location's source is required.");
        else if (!EnumNames<LocationSource>.TryParse(form.Source, out source))
            Error("location.source", ErrorCodes.UnknownValue, $"Unknown source '{TextRules.ForLog(form.Source)}'; expected one of {EnumNames<LocationSource>.Allowed}.");
        return errors.Count == before ? new NetworkLocation(form.Latitude!.Value, form.Longitude!.Value, form.RadiusMeters!.Value, source) : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
