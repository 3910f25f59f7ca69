using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Domain;

/// <summary>A string-valued identifier; typed so that a case id can never stand where a unit id belongs.</summary>
public interface IStringId<TSelf> where TSelf : struct, IStringId<TSelf>
{
    string Value { get; }
    static abstract TSelf From(string value);
}

/// <summary>Writes a typed id as its bare string, so JSON and the journal read like the API.</summary>
public sealed class StringIdJsonConverter<T> : JsonConverter<T> where T : struct, IStringId<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.From(reader.GetString() ?? throw new JsonException("An id may not be null."));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.From(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}

[JsonConverter(typeof(StringIdJsonConverter<UnitId>))]
public readonly record struct UnitId(string Value) : IStringId<UnitId>
{
    public static UnitId From(string value) => new(value);
    public override string ToString() => Value;
}

[JsonConverter(typeof(StringIdJsonConverter<CaseId>))]
public readonly record struct CaseId(string Value) : IStringId<CaseId>
{
    public static CaseId From(string value) => new(value);
    public override string ToString() => Value;

    /// <summary>Readable over a radio: the day it opened, then a random part that is unique in practice.</summary>
    public static CaseId New(DateTimeOffset openedAt) =>
        new($"K-{openedAt.UtcDateTime:yyMMdd}-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 5)}");

    /// <summary>Whether a text can be a case id at all, so a mistyped id never wakes an actor.</summary>
    public static bool IsWellFormed(string text) =>
        text.Length == 19 && text.StartsWith("K-", StringComparison.Ordinal) && text[8] == '-'
        && text.AsSpan(2, 6).IndexOfAnyExceptInRange('0', '9') < 0
        && text.AsSpan(9).IndexOfAnyExcept("0123456789ABCDEF") < 0;
}

[JsonConverter(typeof(StringIdJsonConverter<InteractionId>))]
public readonly record struct InteractionId(string Value) : IStringId<InteractionId>
{
    public static InteractionId From(string value) => new(value);
    public static InteractionId New() => new(Guid.CreateVersion7().ToString("N"));
    public override string ToString() => Value;
}

[JsonConverter(typeof(StringIdJsonConverter<CallerNumber>))]
public readonly record struct CallerNumber(string Value) : IStringId<CallerNumber>
{
    public static CallerNumber From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>The telephony's own id for one call (a SIP Call-ID, a PBX's unique id): what ties its offer, answer and end
/// together, and the form the call taker sends about it.</summary>
[JsonConverter(typeof(StringIdJsonConverter<CallId>))]
public readonly record struct CallId(string Value) : IStringId<CallId>
{
    public const int MaxLength = 128;

    public static CallId From(string value) => new(value);
    public override string ToString() => Value;

    /// <summary>Printable ASCII without spaces, quotes or angle brackets, as SIP Call-IDs and PBX ids are: a id that could
    /// carry markup or a control character never wakes an actor.</summary>
    public static bool IsWellFormed(string text) =>
        text.Length is > 0 and <= MaxLength && text.AsSpan().IndexOfAnyExceptInRange('!', '~') < 0
        && text.AsSpan().IndexOfAny("\"<>'\\`") < 0;
}
