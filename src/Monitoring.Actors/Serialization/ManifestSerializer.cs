using System.Collections.Frozen;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Monitoring.Domain;

namespace Monitoring.Actors.Serialization;

/// <summary>
/// Writes each of its types as compact JSON (the domain's own converters, no type names) under a short manifest that
/// never changes with the type's CLR name, so types can be renamed or moved without breaking what another version wrote
/// or sends. The journal's serializer and the protocol's are this one with their own tables of manifests.
/// </summary>
public abstract class ManifestSerializer : SerializerWithStringManifest
{
    /// <summary>The one JSON form of the domain's words in the journal, on the wire between nodes and in the read model.</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private readonly string _what;
    private readonly FrozenDictionary<Type, string> _manifestOf;
    private readonly FrozenDictionary<string, Type> _typeOf;

    /// <param name="what">What the manifests name, for the messages of a refusal ("journal", "protocol").</param>
    /// <param name="manifests">The manifest of every type written; a type not in it is refused.</param>
    protected ManifestSerializer(ExtendedActorSystem system, string what, FrozenDictionary<Type, string> manifests) : base(system)
    {
        _what = what;
        _manifestOf = manifests;
        _typeOf = manifests.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);
    }

    public override string Manifest(object o) =>
        _manifestOf.TryGetValue(o.GetType(), out var m) ? m : throw new ArgumentException($"No {_what} manifest for {o.GetType()}.");

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    public override object FromBinary(byte[] bytes, string manifest) =>
        _typeOf.TryGetValue(manifest, out var type)
            ? JsonSerializer.Deserialize(bytes, type, Options) ?? throw new SerializationException($"Empty {manifest}.")
            : throw new SerializationException($"Unknown {_what} manifest '{manifest}'.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        DomainJson.Configure(options);
        return options;
    }
}
