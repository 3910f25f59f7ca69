using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Interactions;

/// <summary>Every rule a new interaction must pass before it is recorded.</summary>
public static class IntakeRules
{
    public const int MaxSummaryLength = 2000;
    public const int MaxAddressLength = 500;
    public const int MaxAgentIdLength = 64;
    public const int MaxRecordingUriLength = 2048;

    /// <summary>A form names what the call taker judged; abandoned and unclassified calls are the center's to record.</summary>
    private static readonly string JudgedKinds = string.Join(", ", KindRules.Judged.Select(k => DomainJson.Name(k)));

    public static (Intake? Intake, IReadOnlyList<FieldError> Errors) Validate(IntakeForm form, DateTimeOffset now, InteractionId id) =>
        Validate(form, now, id, IntakeLimits.Default);

    public static (Intake? Intake, IReadOnlyList<FieldError> Errors) Validate(IntakeForm form, DateTimeOffset now, InteractionId id, IntakeLimits limits)
    {
        var errors = new List<FieldError>();
        void Error(string field, string code, string message) => errors.Add(new FieldError(field, code, message));
        void Text(string field, string? text, bool multiLine = false)
        {
            if (text is not null && TextRules.Problem(field, text, multiLine) is { } problem) Error(field, ErrorCodes.TextCharacters, problem);
        }

        // Spaces only: a trailing newline or tab is not part of a number and is refused with the rest.
        var callerText = form.CallerNumber?.Trim(' ');
        CallerNumber? caller = null;
        if (string.IsNullOrEmpty(callerText)) Error("callerNumber", ErrorCodes.Required, "The caller number is required.");
        else if ((caller = CallerNumbers.Normalize(callerText)) is null) Error("callerNumber", ErrorCodes.CallerNumber, CallerNumbers.Rule);

        var channel = Channel.Voice;
        if (form.Channel is { } ch && !EnumNames<Channel>.TryParse(ch, out channel))
            Error("channel", ErrorCodes.UnknownValue, $"Unknown channel '{TextRules.ForLog(ch)}'; expected one of {EnumNames<Channel>.Allowed}.");

        Kind kind = default;
        var kindKnown = false;
        if (string.IsNullOrWhiteSpace(form.Kind)) Error("kind", ErrorCodes.Required, "The kind is required.");
        else if (!(kindKnown = EnumNames<Kind>.TryParse(form.Kind, out kind) && !kind.IsProvisional()))
            Error("kind", ErrorCodes.UnknownValue, $"Unknown kind '{TextRules.ForLog(form.Kind)}'; expected one of {JudgedKinds}.");
        var opensCase = kindKnown && kind.OpensCase();

        Category? category = null;
        if (!string.IsNullOrWhiteSpace(form.Category))
        {
            if (!EnumNames<Category>.TryParse(form.Category, out var c))
                Error("category", ErrorCodes.UnknownValue, $"Unknown category '{TextRules.ForLog(form.Category)}'; expected one of {EnumNames<Category>.Allowed}.");
            else if (opensCase && c.KindOf() != kind)
                Error("category", ErrorCodes.CategoryOfKind, $"'{TextRules.ForLog(form.Category)}' is not a {Name(kind)} category; expected one of {string.Join(", ", Categories.For(kind).Select(Name))}.");
            else category = c;
        }
        else if (opensCase) Error("category", ErrorCodes.Required, $"The category is required for a {Name(kind)}.");

        Priority? priority = null;
        if (!string.IsNullOrWhiteSpace(form.Priority))
        {
            if (!EnumNames<Priority>.TryParse(form.Priority, out var p))
                Error("priority", ErrorCodes.UnknownValue, $"Unknown priority '{TextRules.ForLog(form.Priority)}'; expected one of {EnumNames<Priority>.Allowed}.");
            else if (category is { } cat && p > cat.DefaultPriority())
                Error("priority", ErrorCodes.PriorityLowered, $"A {Name(cat)} case is at least {cat.DefaultPriority()}; the call taker may raise its priority, not lower it.");
            else priority = p;
        }

        Location? location = null;
        if (form.Location is { } loc)
        {
            var before = errors.Count;
            PointRules.Check(loc.Latitude, loc.Longitude, "location", errors);
            if (loc.Address is { Length: > MaxAddressLength }) Error("location.address", ErrorCodes.TooLong, $"The address may be at most {MaxAddressLength} characters.");
            else Text("location.address", loc.Address);
            if (errors.Count == before) location = new Location(loc.Latitude!.Value, loc.Longitude!.Value, Blank(loc.Address));
        }
        else if (opensCase) Error("location", ErrorCodes.Required, $"The location is required for a {Name(kind)}.");

        var summary = Blank(form.Summary);
        if (summary is { Length: > MaxSummaryLength }) Error("summary", ErrorCodes.TooLong, $"The summary may be at most {MaxSummaryLength} characters.");
        else if (summary is null && opensCase) Error("summary", ErrorCodes.Required, $"The summary is required for a {Name(kind)}.");
        else Text("summary", form.Summary, multiLine: true);

        if (form.AgentId is { Length: > MaxAgentIdLength }) Error("agentId", ErrorCodes.TooLong, $"The agent id may be at most {MaxAgentIdLength} characters.");
        else Text("agentId", form.AgentId);

        var received = Time(form.ReceivedAt, "receivedAt", now, limits, errors);
        var answered = Time(form.AnsweredAt, "answeredAt", now, limits, errors);
        var receivedAt = received ?? answered ?? now;
        if (answered is { } a && received is not null)
        {
            if (a < receivedAt) Error("answeredAt", ErrorCodes.AnswerBeforeRing, "A call cannot be answered before it rang.");
            else if (a - receivedAt > limits.MaxAnswerDelay) Error("answeredAt", ErrorCodes.AnswerDelay, $"A call cannot wait more than {Words(limits.MaxAnswerDelay)} to be answered.");
        }
        if (form.DurationSeconds is { } d && (!double.IsFinite(d) || d < 0 || d > limits.MaxDuration.TotalSeconds))
            Error("durationSeconds", ErrorCodes.Duration, $"The duration must be from 0 to {limits.MaxDuration.TotalSeconds:0} seconds.");
        else if (form.DurationSeconds is { } lasted && (answered ?? received) is { } began && began.AddSeconds(lasted) > now + limits.MaxAhead)
            Error("durationSeconds", ErrorCodes.Duration, "The call cannot have lasted longer than the time since it was answered (or rang).");
        if (form.RecordingUri is { } uri && RecordingUriProblem(uri) is { } uriProblem) Error("recordingUri", ErrorCodes.RecordingUri, uriProblem);

        CaseId? linkTo = null;
        if (!string.IsNullOrEmpty(form.LinkToCaseId))
        {
            if (!CaseId.IsWellFormed(form.LinkToCaseId))
                Error("linkToCaseId", ErrorCodes.CaseId, "The case to link to must be a case id like K-261207-0A1B2C3D4E.");
            else if (kindKnown && !opensCase)
                Error("linkToCaseId", ErrorCodes.NotSameIncident, $"Only a report or complaint joins a case; a {Name(kind)} is recorded on its own.");
            else linkTo = new CaseId(form.LinkToCaseId);
        }

        CallId? call = null;
        if (!string.IsNullOrEmpty(form.CallId))
        {
            if (CallId.IsWellFormed(form.CallId)) call = new CallId(form.CallId);
            else Error("callId", ErrorCodes.CallId, $"The call id must be 1 to {CallId.MaxLength} printable ASCII characters without spaces, quotes or angle brackets.");
        }

        if (errors.Count > 0) return (null, errors);
        var number = caller!.Value;
        var interaction = new Interaction(id, number, channel, kind, category, location, summary,
            Blank(form.AgentId), receivedAt.ToUniversalTime(), answered?.ToUniversalTime(), now, form.DurationSeconds, form.RecordingUri,
            callerText == number.Value ? null : callerText);
        return (new Intake(interaction, opensCase ? priority ?? category!.Value.DefaultPriority() : null, linkTo, call), errors);
    }

    /// <summary>A reported time: with its offset, and within the window around the center's clock.</summary>
    private static DateTimeOffset? Time(string? text, string field, DateTimeOffset now, IntakeLimits limits, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!IsoTime.TryParse(text.Trim(' '), out var value))
            errors.Add(new FieldError(field, ErrorCodes.TimeFormat, $"The {field} time {IsoTime.Rule}."));
        else if (value < now - limits.MaxAge)
            errors.Add(new FieldError(field, ErrorCodes.TimeWindow, $"The {field} time may be at most {Words(limits.MaxAge)} before the center's clock."));
        else if (value > now + limits.MaxAhead)
            errors.Add(new FieldError(field, ErrorCodes.TimeWindow, $"The {field} time may be at most {Words(limits.MaxAhead)} after the center's clock (it cannot be in the future)."));
        // A time ahead by less than that is the telephony's clock drifting: the call rang no later than the center heard of it,
        // and a response time measured from the future would come out negative.
        else return value > now ? now : value;
        return null;
    }

    /// <summary>"24 h", "5 min", "90 s": a limit as a person reads it.</summary>
    private static string Words(TimeSpan limit) =>
        limit.TotalHours >= 1 && limit.TotalHours % 1 == 0 ? $"{limit.TotalHours:0} h"
        : limit.TotalMinutes >= 1 && limit.TotalMinutes % 1 == 0 ? $"{limit.TotalMinutes:0} min"
        : $"{limit.TotalSeconds:0.###} s";

    /// <summary>A recording is fetched by people on the wall and in reports: only from a web server, never a script or a local file.</summary>
    private static string? RecordingUriProblem(string uri) =>
        uri.Length > MaxRecordingUriLength ? $"The recording URI may be at most {MaxRecordingUriLength} characters."
        : TextRules.Problem("recordingUri", uri) is { } problem ? problem
        : !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(parsed.Host)
            ? "The recording URI must be an absolute https:// address."
        : parsed.UserInfo.Length > 0 ? "The recording URI may not carry a user name or password."
        : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Name<T>(T value) where T : struct, Enum => DomainJson.Name(value);
}
