using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitoring.Domain;

/// <summary>
/// Writes a person as an object; reads that object or the bare name journals held before sign-in
/// (<c>"officer": "Aiptu Budi"</c>), so old cases still replay. The property names are fixed, not taken from the
/// options' naming policy, because they are what the journal stores.
/// </summary>
public sealed class PersonJsonConverter : JsonConverter<Person>
{
    private const string UserId = "userId";
    private const string Name = "name";
    private const string Nrp = "nrp";
    private const string Role = "role";

    public override Person Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return Person.Named(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"A person is a name or an object, not {reader.TokenType}.");
        string userId = "", name = "", role = "";
        string? nrp = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case UserId: userId = Text(ref reader, property) ?? ""; break;
                case Name: name = Text(ref reader, property) ?? ""; break;
                case Nrp: nrp = Text(ref reader, property); break;
                case Role: role = Text(ref reader, property) ?? ""; break;
                // A field added later is passed over, so an older node still reads a newer person.
                default: reader.Skip(); break;
            }
        }
        return new Person(userId, name, nrp, role);
    }

    private static string? Text(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"The person's {property} must be text, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, Person value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(UserId, value.UserId);
        writer.WriteString(Name, value.Name);
        if (value.Nrp is not null) writer.WriteString(Nrp, value.Nrp);
        writer.WriteString(Role, value.Role);
        writer.WriteEndObject();
    }
}
