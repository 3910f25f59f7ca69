using System.Collections.Frozen;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;

namespace Monitoring.Persistence.Journal;

/// <summary>
/// Writes every persisted event as compact JSON under a short manifest that never changes with a
/// type's CLR name, so types can be renamed or moved without breaking recovery. Case event manifests are their
/// JSON discriminators, declared once on <see cref="CaseEvent"/>.
/// </summary>
public sealed class JournalSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    public const int SerializerId = 1100;

    /// <summary>The types bound to this serializer; a subtype of a bound type uses it too.</summary>
    public static readonly Type[] BoundTypes = [typeof(CaseEvent), typeof(InteractionRecorded)];

    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly FrozenDictionary<Type, string> ManifestOf = BuildManifests();
    private static readonly FrozenDictionary<string, Type> TypeOf = ManifestOf.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    public override int Identifier => SerializerId;

    public override string Manifest(object o) =>
        ManifestOf.TryGetValue(o.GetType(), out var m) ? m : throw new ArgumentException($"No journal manifest for {o.GetType()}.");

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    public override object FromBinary(byte[] bytes, string manifest) =>
        TypeOf.TryGetValue(manifest, out var type)
            ? JsonSerializer.Deserialize(bytes, type, Options) ?? throw new SerializationException($"Empty {manifest}.")
            : throw new SerializationException($"Unknown journal manifest '{manifest}'.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        DomainJson.Configure(options);
        return options;
    }

    private static FrozenDictionary<Type, string> BuildManifests()
    {
        var manifests = CaseEventNames.ByType.ToDictionary(kv => kv.Key, kv => "case." + kv.Value);
        manifests[typeof(InteractionRecorded)] = "caller.recorded";
        return manifests.ToFrozenDictionary();
    }
}
