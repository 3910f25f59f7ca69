using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Domain;

/// <summary>How the domain's words are written in JSON, the same in the API and in the journal.</summary>
public static class DomainJson
{
    /// <summary>camelCase enum names ("onScene", "missingPerson"), except priorities, which stay "P1".."P3".</summary>
    public static JsonNamingPolicy EnumNaming { get; } = new EnumNamingPolicy();

    public static string Name<T>(T value) where T : struct, Enum => EnumNaming.ConvertName(value.ToString());

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false));
    }

    private sealed class EnumNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) =>
            name is ['P', >= '0' and <= '9'] ? name : CamelCase.ConvertName(name);
    }
}
