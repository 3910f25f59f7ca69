using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Server.Http;

/// <summary>Every time the API writes is UTC with "Z", whether it was held as a <see cref="DateTime"/> or with an
/// offset, so that one client parser reads every list and view alike.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
}
