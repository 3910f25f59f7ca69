using System.Collections.Frozen;
using System.Text.Json;
using Akka.Actor;
using Monitoring.Actors.Serialization;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;
using Monitoring.Domain.Surges;
using Monitoring.Domain.Telephony;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Monitoring.Persistence.Journal;

/// <summary>Every persisted event (and the patrol board's snapshot) under a short manifest (see <see cref="ManifestSerializer"/>). Case event manifests are
/// their JSON discriminators, declared once on <see cref="CaseEvent"/>.</summary>
public sealed class JournalSerializer(ExtendedActorSystem system) : ManifestSerializer(system, "journal", Manifests)
{
    public const int SerializerId = 1100;

    /// <summary>The types bound to this serializer; a subtype of a bound type uses it too.</summary>
    public static readonly Type[] BoundTypes = [typeof(CaseEvent), typeof(InteractionRecorded), typeof(CallerSanctioned), typeof(PatrolEvent), typeof(PatrolBoard), typeof(SurgeEvent), typeof(CallEvent)];

    private static readonly FrozenDictionary<Type, string> Manifests = CaseEventNames.ByType
        .Select(kv => KeyValuePair.Create(kv.Key, "case." + kv.Value))
        .Append(KeyValuePair.Create(typeof(InteractionRecorded), "caller.recorded"))
        .Append(KeyValuePair.Create(typeof(CallerSanctioned), "caller.sanctioned"))
        .Concat(PatrolEventNames().Select(kv => KeyValuePair.Create(kv.Key, "patrol." + kv.Value)))
        .Append(KeyValuePair.Create(typeof(PatrolBoard), "patrol.board"))
        .Concat(DerivedNames(typeof(SurgeEvent)).Select(kv => KeyValuePair.Create(kv.Key, "surge." + kv.Value)))
        .Concat(DerivedNames(typeof(CallEvent)).Select(kv => KeyValuePair.Create(kv.Key, "call." + kv.Value)))
        .ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Type> TypeOfManifest = Manifests.ToFrozenDictionary(kv => kv.Value, kv => kv.Key);

    public override int Identifier => SerializerId;

    private static IEnumerable<KeyValuePair<Type, string>> PatrolEventNames() => DerivedNames(typeof(PatrolEvent));

    private static IEnumerable<KeyValuePair<Type, string>> DerivedNames(Type events) => events
        .GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => KeyValuePair.Create(a.DerivedType, (string)a.TypeDiscriminator!));

    /// <summary>A stored event read outside an actor system (the retention purge rewrites rows in place); null for a
    /// manifest this serializer never wrote.</summary>
    public static object? Read(byte[] bytes, string manifest) =>
        TypeOfManifest.TryGetValue(manifest, out var type) ? JsonSerializer.Deserialize(bytes, type, Options) : null;

    /// <summary>The bytes <see cref="ManifestSerializer.ToBinary"/> writes for the event.</summary>
    public static byte[] Write(object e) => JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), Options);
}
